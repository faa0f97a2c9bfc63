package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triturate.order.rule.RuleAssertions.onlyFailure;
import static org.triturate.order.rule.RuleAssertions.passes;

import org.junit.jupiter.api.Test;
import org.triturate.common.rule.RuleCode;

class PatientMustExistTest {

    private final PatientMustExist rule = new PatientMustExist();

    @Test
    void passesForAKnownPatient() {
        passes(rule, RuleCode.PATIENT_NOT_FOUND, Facts.order());
    }

    @Test
    void failsOnPatientIdWhenThePatientIsUnknownOrHidden() {
        Facts facts = Facts.order();
        facts.patient = null;
        assertEquals(
                "patientId",
                onlyFailure(rule, RuleCode.PATIENT_NOT_FOUND, facts).field());
    }
}
