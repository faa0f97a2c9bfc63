package org.triturate.regimen.rule;

import org.triturate.common.rule.Rules;
import org.triturate.common.rule.Verdict;

/**
 * Every rule of a regimen's schedule as a whole, in the contract's order. They run together with every step's
 * order rules, so that one answer reports every blocking finding at once; these findings carry no step.
 */
public final class RegimenRules {

    private static final Rules<RegimenFacts> RULES =
            Rules.of(new ScheduleMonotonic(), new ScheduleWithinPrescription(), new ScheduleHasSteps());

    private RegimenRules() {}

    public static Verdict check(RegimenFacts facts) {
        return RULES.check(facts);
    }
}
