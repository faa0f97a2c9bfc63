package org.triturate.regimen.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;
import org.triturate.regimen.PlannedStep;

/**
 * SCHEDULE_TOO_LONG: the last step ends by the day the prescription expires, so that every step can still be filled
 * (and taken) on it.
 */
public class ScheduleWithinPrescription implements Rule<RegimenFacts> {

    @Override
    public List<Finding> check(RegimenFacts facts) {
        if (facts.steps().isEmpty()) {
            return List.of();
        }
        PlannedStep last = facts.steps().get(facts.steps().size() - 1);
        return last.endOn().isAfter(facts.expiresOn())
                ? List.of(Finding.block(
                        RuleCode.SCHEDULE_TOO_LONG,
                        "steps",
                        "The last step ends on " + last.endOn() + ", after the prescription expires on "
                                + facts.expiresOn() + "; shorten the schedule or split it into two prescriptions"))
                : List.of(Finding.pass(
                        RuleCode.SCHEDULE_TOO_LONG,
                        "The schedule ends on " + last.endOn() + ", within the prescription (valid through "
                                + facts.expiresOn() + ")"));
    }
}
