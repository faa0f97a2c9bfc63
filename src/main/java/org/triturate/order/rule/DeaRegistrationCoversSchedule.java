package org.triturate.order.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.rule.OrderFacts.OrderedActive;

/**
 * DEA_REGISTRATION_REQUIRED: every scheduled active needs a DEA registration of the prescriber that is valid
 * today, in the patient's state, and lists the active's schedule.
 */
public final class DeaRegistrationCoversSchedule implements Rule<OrderFacts> {

    @Override
    public List<Finding> check(OrderFacts facts) {
        if (facts.patient() == null || facts.prescriber() == null) {
            return List.of();
        }
        String state = facts.patient().state();
        List<Finding> failures = facts.knownActives().stream()
                .filter(active -> active.ingredient().isControlled())
                .filter(active -> facts.prescriber().deaRegistrations().stream()
                        .noneMatch(registration ->
                                registration.covers(active.ingredient().deaSchedule(), state, facts.today())))
                .map(active -> Finding.block(
                        RuleCode.DEA_REGISTRATION_REQUIRED,
                        ActiveRule.ingredientField(active),
                        message(active, state, facts)))
                .toList();
        return Finding.passUnless(
                failures,
                RuleCode.DEA_REGISTRATION_REQUIRED,
                "Every scheduled active is covered by a DEA registration in " + state);
    }

    private static String message(OrderedActive active, String state, OrderFacts facts) {
        return active.ingredient().name() + " is schedule "
                + active.ingredient().deaSchedule().code()
                + ": the prescriber has no DEA registration valid on " + facts.today() + " in " + state
                + " that lists schedule " + active.ingredient().deaSchedule().code();
    }
}
