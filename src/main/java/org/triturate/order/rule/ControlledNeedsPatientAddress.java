package org.triturate.order.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;

/**
 * PATIENT_ADDRESS_REQUIRED: a prescription for a controlled substance carries the patient's full address
 * (21 CFR 1306.05(a)).
 */
public final class ControlledNeedsPatientAddress implements Rule<OrderFacts> {

    @Override
    public List<Finding> check(OrderFacts facts) {
        if (facts.patient() == null) {
            return List.of();
        }
        boolean controlled = facts.knownActives().stream()
                .anyMatch(active -> active.ingredient().isControlled());
        if (controlled && !facts.patient().addressComplete()) {
            return List.of(Finding.block(
                    RuleCode.PATIENT_ADDRESS_REQUIRED,
                    "patientId",
                    "A scheduled active needs the patient's full address (street, city, state, postal code)"));
        }
        return List.of(Finding.pass(
                RuleCode.PATIENT_ADDRESS_REQUIRED,
                controlled ? "Patient's address is complete" : "No scheduled active"));
    }
}
