package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triturate.order.rule.Facts.TODAY;
import static org.triturate.order.rule.RuleAssertions.onlyFailure;
import static org.triturate.order.rule.RuleAssertions.passes;
import static org.triturate.order.rule.RuleAssertions.staysSilent;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.rule.OrderFacts.License;
import org.triturate.order.rule.OrderFacts.PatientFacts;
import org.triturate.order.rule.OrderFacts.PrescriberFacts;
import org.triturate.prescriber.LicenseStatus;
import org.triturate.prescriber.PrescriberStatus;

class PrescriberLicensedInPatientStateTest {

    private final PrescriberLicensedInPatientState rule = new PrescriberLicensedInPatientState();

    @Test
    void passesWithAnActiveLicenceInThePatientsState() {
        passes(rule, RuleCode.PRESCRIBER_NOT_LICENSED, Facts.order());
    }

    @Test
    void aLicenceIsValidThroughItsExpiryDay() {
        passes(rule, RuleCode.PRESCRIBER_NOT_LICENSED, licensedOnly(new License("OR", LicenseStatus.ACTIVE, TODAY)));
    }

    @Test
    void failsWhenTheLicenceExpiredYesterday() {
        failsWith(new License("OR", LicenseStatus.ACTIVE, TODAY.minusDays(1)));
    }

    @Test
    void failsWhenTheLicenceIsNotActive() {
        failsWith(new License("OR", LicenseStatus.SUSPENDED, TODAY.plusYears(1)));
    }

    @Test
    void failsWhenLicensedOnlyInAnotherState() {
        Facts facts = Facts.order();
        facts.patient = new PatientFacts("WA", true, Set.of(), Set.of(), Set.of());
        assertEquals(
                "prescriberId",
                onlyFailure(rule, RuleCode.PRESCRIBER_NOT_LICENSED, facts).field());
    }

    @Test
    void leavesUnknownRecordsToTheirOwnRules() {
        Facts noPatient = Facts.order();
        noPatient.patient = null;
        staysSilent(rule, noPatient);
        Facts noPrescriber = Facts.order();
        noPrescriber.prescriber = null;
        staysSilent(rule, noPrescriber);
    }

    private void failsWith(License license) {
        assertEquals(
                "prescriberId",
                onlyFailure(rule, RuleCode.PRESCRIBER_NOT_LICENSED, licensedOnly(license))
                        .field());
    }

    private static Facts licensedOnly(License license) {
        Facts facts = Facts.order();
        facts.prescriber =
                new PrescriberFacts(PrescriberStatus.ACTIVE, List.of(license), facts.prescriber.deaRegistrations());
        return facts;
    }
}
