package org.triturate.order.rule;

import java.util.ArrayList;
import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;

/**
 * RATIONALE_REQUIRED: 503A compounding needs a documented clinical reason why no marketed product serves the
 * patient: at least one category and a text of at least {@value #MIN_TEXT_CHARACTERS} non-whitespace characters.
 */
public final class RationaleDocumented implements Rule<OrderFacts> {

    static final int MIN_TEXT_CHARACTERS = 20;

    @Override
    public List<Finding> check(OrderFacts facts) {
        List<Finding> failures = new ArrayList<>();
        if (facts.rationaleCategories().isEmpty()) {
            failures.add(Finding.block(
                    RuleCode.RATIONALE_REQUIRED,
                    "clinicalRationale.categories",
                    "Name at least one rationale category"));
        }
        if (nonWhitespaceCharacters(facts.rationaleText()) < MIN_TEXT_CHARACTERS) {
            failures.add(Finding.block(
                    RuleCode.RATIONALE_REQUIRED,
                    "clinicalRationale.text",
                    "Explain the clinical need in at least " + MIN_TEXT_CHARACTERS
                            + " characters (not counting spaces)"));
        }
        return Finding.passUnless(failures, RuleCode.RATIONALE_REQUIRED, "Clinical rationale documented");
    }

    private static long nonWhitespaceCharacters(String text) {
        return text == null
                ? 0
                : text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    }
}
