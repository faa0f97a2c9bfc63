package org.triturate.order.check;

import java.util.List;
import org.triturate.common.problem.ErrorCode;

/** PATIENT_NOT_FOUND: an order names a patient that exists and that the caller may see. */
public final class PatientMustExist implements OrderRule {

    @Override
    public List<Finding> evaluate(OrderFacts facts) {
        if (facts.patient() == null) {
            return List.of(Finding.fail(ErrorCode.PATIENT_NOT_FOUND, "patientId",
                    "No such patient is visible to you; register the patient first"));
        }
        return List.of(Finding.pass(ErrorCode.PATIENT_NOT_FOUND, "Patient identified"));
    }
}
