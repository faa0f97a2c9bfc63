package org.triturate.order.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triturate.order.check.Facts.mg;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.DosageForm;
import org.triturate.common.problem.ErrorCode;
import org.triturate.common.problem.Violation;
import org.triturate.order.check.OrderFacts.PatientFacts;

class OrderRulesTest {

    /** The codes of the contract's check table (../shared/api.md §4). */
    private static final Set<ErrorCode> CHECK_TABLE = EnumSet.range(ErrorCode.PATIENT_NOT_FOUND,
            ErrorCode.CONSENT_NOT_DOCUMENTED);

    private final OrderRules rules = new OrderRules();

    @Test
    void aSoundOrderPassesEveryRuleOfTheCheckTableOnce() {
        CheckReport report = rules.evaluate(Facts.order().build());
        assertTrue(report.passed());
        List<String> passed = report.passesAndWarnings().stream().map(Finding::code).toList();
        assertEquals(CHECK_TABLE.stream().map(ErrorCode::name).toList(), passed);
    }

    @Test
    void everyFailureComesBackTogetherInRuleOrder() {
        Facts facts = Facts.order().actives(Facts.active(0, Facts.ketamine(), mg("50")));
        facts.dosageForm = DosageForm.TABLET;
        facts.refills = 6;
        facts.consent = null;
        facts.rationaleText = "short";
        facts.patient = new PatientFacts("WA", false, Set.of(), Set.of());
        CheckReport report = rules.evaluate(facts.build());
        assertFalse(report.passed());
        assertEquals(List.of(ErrorCode.PRESCRIBER_NOT_LICENSED, ErrorCode.DEA_REGISTRATION_REQUIRED,
                        ErrorCode.CONTROLLED_REFILLS_EXCEEDED, ErrorCode.PATIENT_ADDRESS_REQUIRED,
                        ErrorCode.RATIONALE_REQUIRED, ErrorCode.CONSENT_NOT_DOCUMENTED),
                report.violations().stream().map(Violation::code).toList());
        assertTrue(report.passesAndWarnings().stream().anyMatch(finding -> finding.outcome() == Outcome.WARN));
    }
}
