package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.RuleCode;
import org.triturate.common.rule.Verdict;
import org.triturate.order.rule.OrderFacts.PatientFacts;

class ApprovalRulesTest {

    private static final List<RuleCode> INTAKE =
            EnumSet.range(RuleCode.PATIENT_NOT_FOUND, RuleCode.CONSENT_NOT_DOCUMENTED).stream()
                    .toList();

    @Test
    void theIntakeRulesRunAgainThenTheFormulationRules() {
        Verdict verdict = ApprovalRules.check(new ApprovalFacts(Facts.order().build(), Facts.matchingFormulation()));
        assertTrue(verdict.passed());
        assertEquals(
                Stream.concat(
                                INTAKE.stream(),
                                Stream.of(
                                        RuleCode.FORMULATION_MISMATCH,
                                        RuleCode.FORMULATION_RETIRED,
                                        RuleCode.RESTRICTED_EXCIPIENT))
                        .toList(),
                verdict.findings().stream().map(Finding::code).toList());
    }

    @Test
    void aFormulationThatDoesNotExistIsNotJudgedFurther() {
        Verdict verdict = ApprovalRules.check(new ApprovalFacts(Facts.order().build(), null));
        assertEquals(
                List.of(RuleCode.FORMULATION_NOT_FOUND),
                verdict.blocking().stream().map(Finding::code).toList());
        assertEquals("formulationId", verdict.blocking().get(0).field());
        assertEquals(
                INTAKE, verdict.passesAndWarnings().stream().map(Finding::code).toList());
    }

    @Test
    void whatTheOrderNoLongerPassesBlocksTogetherWithTheFormulation() {
        Facts facts = Facts.order();
        facts.patient = new PatientFacts("WA", true, Set.of(), Set.of(), Set.of());
        FormulationFacts retired = Facts.matchingFormulation();
        retired = new FormulationFacts(
                retired.id(),
                retired.name(),
                true,
                retired.dosageForm(),
                retired.budDays(),
                retired.actives(),
                retired.ingredients());
        Verdict verdict = ApprovalRules.check(new ApprovalFacts(facts.build(), retired));
        assertEquals(
                List.of(RuleCode.PRESCRIBER_NOT_LICENSED, RuleCode.FORMULATION_RETIRED),
                verdict.blocking().stream().map(Finding::code).toList());
    }
}
