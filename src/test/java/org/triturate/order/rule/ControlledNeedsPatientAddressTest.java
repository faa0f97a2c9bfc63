package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triturate.order.rule.Facts.mg;
import static org.triturate.order.rule.RuleAssertions.onlyFailure;
import static org.triturate.order.rule.RuleAssertions.passes;
import static org.triturate.order.rule.RuleAssertions.staysSilent;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.rule.OrderFacts.PatientFacts;

class ControlledNeedsPatientAddressTest {

    private final ControlledNeedsPatientAddress rule = new ControlledNeedsPatientAddress();
    private static final PatientFacts STATE_ONLY = new PatientFacts("OR", false, Set.of(), Set.of(), Set.of());

    @Test
    void anUnscheduledActiveNeedsOnlyTheState() {
        Facts facts = Facts.order();
        facts.patient = STATE_ONLY;
        passes(rule, RuleCode.PATIENT_ADDRESS_REQUIRED, facts);
    }

    @Test
    void aScheduledActivePassesWithACompleteAddress() {
        passes(rule, RuleCode.PATIENT_ADDRESS_REQUIRED, ketamine());
    }

    @Test
    void aScheduledActiveFailsWithAnIncompleteAddress() {
        Facts facts = ketamine();
        facts.patient = STATE_ONLY;
        assertEquals(
                "patientId",
                onlyFailure(rule, RuleCode.PATIENT_ADDRESS_REQUIRED, facts).field());
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
