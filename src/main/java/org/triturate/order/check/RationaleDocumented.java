package org.triturate.order.check;

import java.util.ArrayList;
import java.util.List;
import org.triturate.common.problem.ErrorCode;

/**
 * RATIONALE_REQUIRED: 503A compounding needs a documented clinical reason why no marketed product serves the
 * patient: at least one category and a text of at least {@value #MIN_TEXT_CHARACTERS} non-whitespace characters.
 */
public final class RationaleDocumented implements OrderRule {

    static final int MIN_TEXT_CHARACTERS = 20;

    @Override
    public List<Finding> evaluate(OrderFacts facts) {
        List<Finding> failures = new ArrayList<>();
        if (facts.rationaleCategories().isEmpty()) {
            failures.add(Finding.fail(ErrorCode.RATIONALE_REQUIRED, "clinicalRationale.categories",
                    "Name at least one rationale category"));
        }
        if (nonWhitespaceCharacters(facts.rationaleText()) < MIN_TEXT_CHARACTERS) {
            failures.add(Finding.fail(ErrorCode.RATIONALE_REQUIRED, "clinicalRationale.text",
                    "Explain the clinical need in at least " + MIN_TEXT_CHARACTERS + " characters (not counting spaces)"));
        }
        return Finding.passUnless(failures, ErrorCode.RATIONALE_REQUIRED, "Clinical rationale documented");
    }

    private static long nonWhitespaceCharacters(String text) {
        return text == null ? 0 : text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    }
}
