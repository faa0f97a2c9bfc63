package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triturate.order.rule.Facts.mg;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.DosageForm;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Outcome;
import org.triturate.common.rule.RuleCode;
import org.triturate.common.rule.Verdict;
import org.triturate.order.rule.OrderFacts.PatientFacts;

class IntakeRulesTest {

    /** The codes of the contract's check table. */
    private static final Set<RuleCode> CHECK_TABLE =
            EnumSet.range(RuleCode.PATIENT_NOT_FOUND, RuleCode.CONSENT_NOT_DOCUMENTED);

    @Test
    void aSoundOrderPassesEveryRuleOfTheCheckTableOnce() {
        Verdict verdict = IntakeRules.check(Facts.order().build());
        assertTrue(verdict.passed());
        List<RuleCode> passed =
                verdict.passesAndWarnings().stream().map(Finding::code).toList();
        assertEquals(CHECK_TABLE.stream().toList(), passed);
    }

    @Test
    void everyFailureComesBackTogetherInRuleOrder() {
        Facts facts = Facts.order().actives(Facts.active(0, Facts.ketamine(), mg("50")));
        facts.dosageForm = DosageForm.TABLET;
        facts.refills = 6;
        facts.consent = null;
        facts.rationaleText = "short";
        facts.patient = new PatientFacts("WA", false, Set.of(), Set.of(), Set.of());
        Verdict verdict = IntakeRules.check(facts.build());
        assertFalse(verdict.passed());
        assertEquals(
                List.of(
                        RuleCode.PRESCRIBER_NOT_LICENSED,
                        RuleCode.DEA_REGISTRATION_REQUIRED,
                        RuleCode.CONTROLLED_REFILLS_EXCEEDED,
                        RuleCode.PATIENT_ADDRESS_REQUIRED,
                        RuleCode.RATIONALE_REQUIRED,
                        RuleCode.CONSENT_NOT_DOCUMENTED),
                verdict.blocking().stream().map(Finding::code).toList());
        assertTrue(verdict.passesAndWarnings().stream().anyMatch(finding -> finding.outcome() == Outcome.WARN));
    }
}
