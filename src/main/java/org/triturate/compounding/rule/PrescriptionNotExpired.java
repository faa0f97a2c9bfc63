package org.triturate.compounding.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.order.PrescriptionValidity;

/**
 * PRESCRIPTION_EXPIRED: an order valid at approval can expire while it waits, so a preparation is compounded,
 * released and dispensed only while the prescription may still be filled (21 CFR 1306.22 for schedules III–IV).
 * One rule for the three steps, judged as at intake by {@link PrescriptionValidity}.
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
