package org.triturate.order.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;

/**
 * PRESCRIBER_NOT_LICENSED: the prescriber holds a licence that is ACTIVE and unexpired today in the state where
 * the patient lives.
 */
public final class PrescriberLicensedInPatientState implements Rule<OrderFacts> {

    @Override
    public List<Finding> check(OrderFacts facts) {
        if (facts.patient() == null || facts.prescriber() == null) {
            return List.of();
        }
        String state = facts.patient().state();
        boolean licensed = facts.prescriber().licenses().stream()
                .anyMatch(license -> license.allowsPrescribing(state, facts.today()));
        if (!licensed) {
            return List.of(Finding.block(
                    RuleCode.PRESCRIBER_NOT_LICENSED,
                    "prescriberId",
                    "The prescriber has no active licence valid on " + facts.today() + " in " + state
                            + ", the patient's state"));
        }
        return List.of(Finding.pass(RuleCode.PRESCRIBER_NOT_LICENSED, "Licensed in " + state));
    }
}
