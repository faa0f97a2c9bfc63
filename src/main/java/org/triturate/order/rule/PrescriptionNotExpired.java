package org.triturate.order.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.order.PrescriptionValidity;

/**
 * PRESCRIPTION_EXPIRED: the prescription may still be filled today (six months from {@code writtenOn} for a
 * scheduled active, one year otherwise; a stored order keeps the date it was accepted with).
 */
public final class PrescriptionNotExpired implements Rule<OrderFacts> {

    @Override
    public List<Finding> check(OrderFacts facts) {
        return PrescriptionValidity.judge(facts.expiresOn(), facts.today());
    }
}
