package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triturate.order.rule.RuleAssertions.failedFields;
import static org.triturate.order.rule.RuleAssertions.passes;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triturate.common.rule.RuleCode;

class RationaleDocumentedTest {

    private final RationaleDocumented rule = new RationaleDocumented();

    @Test
    void passesWithACategoryAndAnExplanation() {
        passes(rule, RuleCode.RATIONALE_REQUIRED, Facts.order());
    }

    @Test
    void twentyNonWhitespaceCharactersAreEnough() {
        Facts facts = Facts.order();
        facts.rationaleText = "abcde fghij\tklmno\npqrst";
        passes(rule, RuleCode.RATIONALE_REQUIRED, facts);
    }

    @Test
    void nineteenNonWhitespaceCharactersPaddedWithSpacesAreNot() {
        Facts facts = Facts.order();
        facts.rationaleText = "  abcde   fghij   klmno   pqrs  ";
        assertEquals(List.of("clinicalRationale.text"), failedFields(rule, RuleCode.RATIONALE_REQUIRED, facts));
    }

    @Test
    void failsOnBothFieldsWithoutAnyRationale() {
        Facts facts = Facts.order();
        facts.rationaleCategories = Set.of();
        facts.rationaleText = null;
        assertEquals(
                List.of("clinicalRationale.categories", "clinicalRationale.text"),
                failedFields(rule, RuleCode.RATIONALE_REQUIRED, facts));
    }
}
