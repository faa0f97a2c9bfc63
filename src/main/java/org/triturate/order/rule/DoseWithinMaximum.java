package org.triturate.order.rule;

import java.util.List;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.rule.OrderFacts.OrderedActive;

/**
 * DOSE_ABOVE_MAXIMUM: strength × dose amount × times per day, converted to the unit of the active's maximum daily
 * dose, must not exceed it. An active without a sourced maximum is not judged.
 */
public final class DoseWithinMaximum implements Rule<OrderFacts> {

    @Override
    public List<Finding> check(OrderFacts facts) {
        List<Finding> failures = facts.knownActives().stream()
                .filter(active -> exceedsMaximum(active, facts))
                .map(active -> Finding.block(RuleCode.DOSE_ABOVE_MAXIMUM, active.field(), message(active, facts)))
                .toList();
        return Finding.passUnless(failures, RuleCode.DOSE_ABOVE_MAXIMUM, "Within every known maximum daily dose");
    }

    private static boolean exceedsMaximum(OrderedActive active, OrderFacts facts) {
        Quantity maximum = active.ingredient().maxDailyDose();
        Quantity daily = dailyDose(active, facts);
        return maximum != null
                && daily != null
                && daily.unit().convertsTo(maximum.unit())
                && daily.compareTo(maximum) > 0;
    }

    private static Quantity dailyDose(OrderedActive active, OrderFacts facts) {
        Quantity maximum = active.ingredient().maxDailyDose();
        return DailyDose.of(
                active.strength(), facts.doseAmount(), facts.timesPerDay(), maximum == null ? null : maximum.unit());
    }

    private static String message(OrderedActive active, OrderFacts facts) {
        return active.ingredient().name() + ": " + dailyDose(active, facts) + " a day exceeds the maximum of "
                + active.ingredient().maxDailyDose() + " a day";
    }
}
