package org.triturate.order;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;

/**
 * PRESCRIPTION_EXPIRED: an order is accepted, approved, compounded, released and dispensed only while its
 * prescription may still be filled (21 CFR 1306.22 for schedules III–IV); an order valid at approval can expire while
 * it waits. One rule for every stage, judged by {@link PrescriptionValidity}.
 *
 * @param <F> the facts of the step
 */
public final class PrescriptionNotExpired<F extends PrescriptionFill> implements Rule<F> {

    @Override
    public List<Finding> check(F facts) {
        if (!facts.fillsPrescription()) {
            return List.of();
        }
        return PrescriptionValidity.judge(facts.prescriptionExpiresOn(), facts.today());
    }
}
