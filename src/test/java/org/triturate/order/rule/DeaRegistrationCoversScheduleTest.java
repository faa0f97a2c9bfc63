package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triturate.order.rule.Facts.TODAY;
import static org.triturate.order.rule.Facts.mg;
import static org.triturate.order.rule.RuleAssertions.failedFields;
import static org.triturate.order.rule.RuleAssertions.passes;
import static org.triturate.order.rule.RuleAssertions.staysSilent;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.DeaSchedule;
import org.triturate.catalog.DosageForm;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.rule.OrderFacts.DeaRegistration;
import org.triturate.order.rule.OrderFacts.PrescriberFacts;
import org.triturate.prescriber.PrescriberStatus;

class DeaRegistrationCoversScheduleTest {

    private final DeaRegistrationCoversSchedule rule = new DeaRegistrationCoversSchedule();

    @Test
    void passesWithoutAScheduledActive() {
        Facts facts = Facts.order();
        facts.prescriber = registeredOnly();
        passes(rule, RuleCode.DEA_REGISTRATION_REQUIRED, facts);
    }

    @Test
    void passesForKetamineWithASchedule3RegistrationInThePatientsStateValidToday() {
        passes(
                rule,
                RuleCode.DEA_REGISTRATION_REQUIRED,
                ketamineTroches(registeredOnly(new DeaRegistration("OR", EnumSet.of(DeaSchedule.III), TODAY))));
    }

    @Test
    void failsWithoutAnyRegistration() {
        assertFailsFor(registeredOnly());
    }

    @Test
    void failsWhenTheRegistrationDoesNotListSchedule3() {
        assertFailsFor(registeredOnly(
                new DeaRegistration("OR", EnumSet.of(DeaSchedule.IV, DeaSchedule.V), TODAY.plusYears(1))));
    }

    @Test
    void failsWhenTheRegistrationIsInAnotherState() {
        assertFailsFor(registeredOnly(new DeaRegistration("WA", EnumSet.of(DeaSchedule.III), TODAY.plusYears(1))));
    }

    @Test
    void failsWhenTheRegistrationExpiredYesterday() {
        assertFailsFor(registeredOnly(new DeaRegistration("OR", EnumSet.of(DeaSchedule.III), TODAY.minusDays(1))));
    }

    @Test
    void leavesAnUnknownPrescriberToPrescriberNotFound() {
        Facts facts = ketamineTroches(registeredOnly());
        facts.prescriber = null;
        staysSilent(rule, facts);
    }

    private void assertFailsFor(PrescriberFacts prescriber) {
        assertEquals(
                List.of("actives[0].ingredientId"),
                failedFields(rule, RuleCode.DEA_REGISTRATION_REQUIRED, ketamineTroches(prescriber)));
    }

    private static PrescriberFacts registeredOnly(DeaRegistration... registrations) {
        return new PrescriberFacts(
                PrescriberStatus.ACTIVE, Facts.order().prescriber.licenses(), List.of(registrations));
    }

    private static Facts ketamineTroches(PrescriberFacts prescriber) {
        Facts facts = Facts.order().actives(Facts.active(0, Facts.ketamine(), mg("50")));
        facts.dosageForm = DosageForm.TROCHE;
        facts.prescriber = prescriber;
        return facts;
    }
}
