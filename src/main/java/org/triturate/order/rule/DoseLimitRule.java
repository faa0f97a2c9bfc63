package org.triturate.order.rule;

import java.util.List;
import java.util.Optional;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.rule.OrderFacts.IngredientFacts;
import org.triturate.order.rule.OrderFacts.OrderedActive;

/**
 * A rule comparing what the ordered dose of each active amounts to with one of the active's maximums, converted to
 * the maximum's unit: one failure on {@code actives[i]} for every active above it. An active without a sourced
 * maximum is not judged.
 */
abstract class DoseLimitRule implements Rule<OrderFacts> {

    private final RuleCode code;
    private final String per;

    /** {@code per} names the period of the amount and the maximum in messages, e.g. "a day". */
    DoseLimitRule(RuleCode code, String per) {
        this.code = code;
        this.per = per;
    }

    abstract Quantity maximum(IngredientFacts ingredient);

    /** The amount of the active the order gives per {@link #per}, in {@code unit}; null when the units do not fit. */
    abstract Quantity amount(OrderedActive active, OrderFacts facts, Unit unit);

    @Override
    public List<Finding> check(OrderFacts facts) {
        List<Finding> failures = facts.knownActives().stream()
                .map(active -> failure(active, facts))
                .flatMap(Optional::stream)
                .toList();
        return Finding.passUnless(failures, code, "Within every known maximum " + per);
    }

    private Optional<Finding> failure(OrderedActive active, OrderFacts facts) {
        Quantity maximum = maximum(active.ingredient());
        if (maximum == null) {
            return Optional.empty();
        }
        Quantity amount = amount(active, facts, maximum.unit());
        if (amount == null || !amount.unit().convertsTo(maximum.unit()) || amount.compareTo(maximum) <= 0) {
            return Optional.empty();
        }
        return Optional.of(Finding.block(
                code,
                active.field(),
                active.ingredient().name() + ": " + amount + " " + per + " exceeds the maximum of " + maximum + " "
                        + per));
    }
}
