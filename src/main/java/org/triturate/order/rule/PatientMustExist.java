package org.triturate.order.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;

/** PATIENT_NOT_FOUND: an order names a patient that exists and that the caller may see. */
public final class PatientMustExist implements Rule<OrderFacts> {

    @Override
    public List<Finding> check(OrderFacts facts) {
        if (facts.patient() == null) {
            return List.of(Finding.block(
                    RuleCode.PATIENT_NOT_FOUND,
                    "patientId",
                    "No such patient is visible to you; register the patient first"));
        }
        return List.of(Finding.pass(RuleCode.PATIENT_NOT_FOUND, "Patient identified"));
    }
}
