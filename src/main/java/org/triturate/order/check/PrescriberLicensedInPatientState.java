package org.triturate.order.check;

import java.util.List;
import org.triturate.common.problem.ErrorCode;

/**
 * PRESCRIBER_NOT_LICENSED: the prescriber holds a licence that is ACTIVE and unexpired today in the state where
 * the patient lives.
 */
public final class PrescriberLicensedInPatientState implements OrderRule {

    @Override
    public List<Finding> evaluate(OrderFacts facts) {
        if (facts.patient() == null || facts.prescriber() == null) {
            return List.of();
        }
        String state = facts.patient().state();
        boolean licensed = facts.prescriber().licenses().stream()
                .anyMatch(license -> license.allowsPrescribing(state, facts.today()));
        if (!licensed) {
            return List.of(Finding.fail(ErrorCode.PRESCRIBER_NOT_LICENSED, "prescriberId",
                    "The prescriber has no active licence valid on " + facts.today() + " in " + state
                            + ", the patient's state"));
        }
        return List.of(Finding.pass(ErrorCode.PRESCRIBER_NOT_LICENSED, "Licensed in " + state));
    }
}
