package org.triturate.regimen.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;

/** SCHEDULE_EMPTY: a titration or taper has at least two steps; one step is an ordinary order. */
public class ScheduleHasSteps implements Rule<RegimenFacts> {

    static final int MINIMUM_STEPS = 2;

    @Override
    public List<Finding> check(RegimenFacts facts) {
        int count = facts.steps().size();
        return count < MINIMUM_STEPS
                ? List.of(Finding.block(
                        RuleCode.SCHEDULE_EMPTY,
                        "steps",
                        "A regimen has at least " + MINIMUM_STEPS + " steps; this one has " + count
                                + " (a single step is an ordinary order)"))
                : List.of(Finding.pass(RuleCode.SCHEDULE_EMPTY, count + " steps"));
    }
}
