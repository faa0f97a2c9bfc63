package org.triturate.order.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triturate.order.check.RuleAssertions.onlyFailure;
import static org.triturate.order.check.RuleAssertions.passes;

import org.junit.jupiter.api.Test;
import org.triturate.common.problem.ErrorCode;

class PatientMustExistTest {

    private final PatientMustExist rule = new PatientMustExist();

    @Test
    void passesForAKnownPatient() {
        passes(rule, ErrorCode.PATIENT_NOT_FOUND, Facts.order());
    }

    @Test
    void failsOnPatientIdWhenThePatientIsUnknownOrHidden() {
        Facts facts = Facts.order();
        facts.patient = null;
        assertEquals("patientId", onlyFailure(rule, ErrorCode.PATIENT_NOT_FOUND, facts).field());
    }
}
