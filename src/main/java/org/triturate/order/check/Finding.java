package org.triturate.order.check;

import java.util.List;
import org.triturate.common.problem.ErrorCode;
import org.triturate.common.problem.Violation;

/**
 * One conclusion of one check: a pass or failure of a rule (its contract code is an {@link ErrorCode}) or a
 * warning that never blocks. {@code field} names the request field a failure concerns, e.g.
 * {@code actives[0].ingredientId}; it is null for passes and warnings.
 */
public record Finding(String code, Outcome outcome, String field, String detail) {

    public static Finding pass(ErrorCode code, String detail) {
        return new Finding(code.name(), Outcome.PASS, null, detail);
    }

    public static Finding fail(ErrorCode code, String field, String message) {
        return new Finding(code.name(), Outcome.FAIL, field, message);
    }

    public static Finding warn(Warning warning, String detail) {
        return new Finding(warning.name(), Outcome.WARN, null, detail);
    }

    /** The failures when there are any, else one pass: what a rule that can fail several times answers. */
    public static List<Finding> passUnless(List<Finding> failures, ErrorCode code, String passDetail) {
        return failures.isEmpty() ? List.of(pass(code, passDetail)) : failures;
    }

    public boolean failed() {
        return outcome == Outcome.FAIL;
    }

    /** The problem violation of a failure. */
    public Violation toViolation() {
        if (!failed()) {
            throw new IllegalStateException(code + " did not fail");
        }
        return Violation.ofField(ErrorCode.valueOf(code), field, detail);
    }
}
