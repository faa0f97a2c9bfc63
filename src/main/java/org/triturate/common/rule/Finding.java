package org.triturate.common.rule;

import java.util.List;

/**
 * One conclusion of one rule. {@code field} names the input a blocking finding concerns, e.g.
 * {@code actives[0].ingredientId}; it is null when the finding concerns no single field.
 */
public record Finding(RuleCode code, Outcome outcome, String field, String detail) {

    public static Finding pass(RuleCode code, String detail) {
        return new Finding(code, Outcome.PASS, null, detail);
    }

    public static Finding warn(RuleCode code, String detail) {
        return new Finding(code, Outcome.WARN, null, detail);
    }

    public static Finding block(RuleCode code, String field, String detail) {
        return new Finding(code, Outcome.BLOCK, field, detail);
    }

    public static Finding block(RuleCode code, String detail) {
        return block(code, null, detail);
    }

    /** The blocking findings when there are any, else one pass: what a rule that can block several times answers. */
    public static List<Finding> passUnless(List<Finding> blocking, RuleCode code, String passDetail) {
        return blocking.isEmpty() ? List.of(pass(code, passDetail)) : blocking;
    }

    public boolean blocks() {
        return outcome == Outcome.BLOCK;
    }
}
