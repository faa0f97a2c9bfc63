package org.triturate.order.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triturate.order.check.RuleAssertions.failedFields;
import static org.triturate.order.check.RuleAssertions.passes;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triturate.common.problem.ErrorCode;

class RationaleDocumentedTest {

    private final RationaleDocumented rule = new RationaleDocumented();

    @Test
    void passesWithACategoryAndAnExplanation() {
        passes(rule, ErrorCode.RATIONALE_REQUIRED, Facts.order());
    }

    @Test
    void twentyNonWhitespaceCharactersAreEnough() {
        Facts facts = Facts.order();
        facts.rationaleText = "abcde fghij\tklmno\npqrst";
        passes(rule, ErrorCode.RATIONALE_REQUIRED, facts);
    }

    @Test
    void nineteenNonWhitespaceCharactersPaddedWithSpacesAreNot() {
        Facts facts = Facts.order();
        facts.rationaleText = "  abcde   fghij   klmno   pqrs  ";
        assertEquals(List.of("clinicalRationale.text"), failedFields(rule, ErrorCode.RATIONALE_REQUIRED, facts));
    }

    @Test
    void failsOnBothFieldsWithoutAnyRationale() {
        Facts facts = Facts.order();
        facts.rationaleCategories = Set.of();
        facts.rationaleText = null;
        assertEquals(List.of("clinicalRationale.categories", "clinicalRationale.text"),
                failedFields(rule, ErrorCode.RATIONALE_REQUIRED, facts));
    }
}
