package org.triturate.order.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triturate.order.check.Facts.mg;
import static org.triturate.order.check.RuleAssertions.onlyFailure;
import static org.triturate.order.check.RuleAssertions.passes;
import static org.triturate.order.check.RuleAssertions.staysSilent;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triturate.common.problem.ErrorCode;
import org.triturate.order.check.OrderFacts.PatientFacts;

class ControlledNeedsPatientAddressTest {

    private final ControlledNeedsPatientAddress rule = new ControlledNeedsPatientAddress();
    private static final PatientFacts STATE_ONLY = new PatientFacts("OR", false, Set.of(), Set.of());

    @Test
    void anUnscheduledActiveNeedsOnlyTheState() {
        Facts facts = Facts.order();
        facts.patient = STATE_ONLY;
        passes(rule, ErrorCode.PATIENT_ADDRESS_REQUIRED, facts);
    }

    @Test
    void aScheduledActivePassesWithACompleteAddress() {
        passes(rule, ErrorCode.PATIENT_ADDRESS_REQUIRED, ketamine());
    }

    @Test
    void aScheduledActiveFailsWithAnIncompleteAddress() {
        Facts facts = ketamine();
        facts.patient = STATE_ONLY;
        assertEquals("patientId", onlyFailure(rule, ErrorCode.PATIENT_ADDRESS_REQUIRED, facts).field());
    }

    @Test
    void leavesAnUnknownPatientToPatientNotFound() {
        Facts facts = ketamine();
        facts.patient = null;
        staysSilent(rule, facts);
    }

    private static Facts ketamine() {
        return Facts.order().actives(Facts.active(0, Facts.ketamine(), mg("50")));
    }
}
