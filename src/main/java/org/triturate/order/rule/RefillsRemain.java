package org.triturate.order.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;

/** NO_REFILLS_REMAINING: a prescription is refilled only as often as the prescriber authorised. */
public final class RefillsRemain implements Rule<RefillFacts> {

    @Override
    public List<Finding> check(RefillFacts facts) {
        if (facts.refillsRemaining() <= 0) {
            return List.of(Finding.block(
                    RuleCode.NO_REFILLS_REMAINING,
                    "Every refill of this prescription (" + facts.order().refills()
                            + " authorised) has been issued; ask the prescriber for a new prescription"));
        }
        return List.of(Finding.pass(
                RuleCode.NO_REFILLS_REMAINING,
                facts.refillsRemaining() + " of " + facts.order().refills() + " refills remained"));
    }
}
