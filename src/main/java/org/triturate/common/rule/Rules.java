package org.triturate.common.rule;

import java.util.List;

/**
 * The rules of one stage, in the order they are listed. All of them run on every call, so that one answer reports
 * every blocking finding at once.
 *
 * @param <F> the facts of the stage
 */
public final class Rules<F> {

    private final List<Rule<F>> rules;

    private Rules(List<Rule<F>> rules) {
        this.rules = List.copyOf(rules);
    }

    @SafeVarargs
    public static <F> Rules<F> of(Rule<F>... rules) {
        return new Rules<>(List.of(rules));
    }

    public Verdict check(F facts) {
        return new Verdict(
                rules.stream().flatMap(rule -> rule.check(facts).stream()).toList());
    }
}
