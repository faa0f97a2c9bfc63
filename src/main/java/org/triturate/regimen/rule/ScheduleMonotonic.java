package org.triturate.regimen.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;
import org.triturate.regimen.PlannedStep;
import org.triturate.regimen.RegimenKind;

/**
 * SCHEDULE_NOT_MONOTONIC: a titration raises the daily dose at every step, a taper lowers it; an equal dose is no
 * step. Daily doses are compared exactly, whatever their units (1 g equals 1000 mg). A step whose daily dose cannot
 * be computed (strength and dose amount do not fit together) is left to the order rules, which report it. One
 * finding names every offending step.
 */
public class ScheduleMonotonic implements Rule<RegimenFacts> {

    @Override
    public List<Finding> check(RegimenFacts facts) {
        boolean rising = facts.kind() == RegimenKind.TITRATION;
        List<String> offending = new ArrayList<>();
        List<PlannedStep> steps = facts.steps();
        for (int i = 1; i < steps.size(); i++) {
            Quantity before = steps.get(i - 1).dailyDose();
            Quantity dose = steps.get(i).dailyDose();
            if (before == null || dose == null || !dose.unit().convertsTo(before.unit())) {
                continue;
            }
            int change = dose.compareTo(before);
            if (rising ? change <= 0 : change >= 0) {
                offending.add("step " + steps.get(i).index() + " (" + dose + " a day after " + before + ")");
            }
        }
        String direction = rising ? "raises" : "lowers";
        return offending.isEmpty()
                ? List.of(Finding.pass(RuleCode.SCHEDULE_NOT_MONOTONIC, "Every step " + direction + " the daily dose"))
                : List.of(Finding.block(
                        RuleCode.SCHEDULE_NOT_MONOTONIC,
                        "steps",
                        "A " + facts.kind().name().toLowerCase(Locale.ROOT) + " " + direction
                                + " the daily dose at every step; not so at " + String.join(", ", offending)));
    }
}
