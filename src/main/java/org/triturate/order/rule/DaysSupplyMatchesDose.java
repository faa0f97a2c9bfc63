package org.triturate.order.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;

/**
 * DAYS_SUPPLY_MISMATCH (warning): the quantity, taken as directed, lasts quantity ÷ (dose × times per day) days; a
 * stated days' supply differing from that by more than 10 % and by more than one day is probably a typing error in
 * one of the three. Judged only when the days' supply is given and the quantity and the dose are in units of one
 * dimension (INVALID_STRENGTH_UNIT reports the rest).
 */
public final class DaysSupplyMatchesDose implements Rule<OrderFacts> {

    private static final BigDecimal TOLERANCE = new BigDecimal("0.10");

    @Override
    public List<Finding> check(OrderFacts facts) {
        Quantity quantity = facts.quantity();
        Quantity dose = facts.doseAmount();
        if (facts.daysSupply() == null || !dose.unit().convertsTo(quantity.unit())) {
            return List.of();
        }
        BigDecimal daily = dose.to(quantity.unit()).value().multiply(BigDecimal.valueOf(facts.timesPerDay()));
        BigDecimal stated = BigDecimal.valueOf(facts.daysSupply());
        // compared in amounts rather than days, so that no division rounds: |quantity − daily × stated| against
        // 10 % of the stated days' amount and against one day's amount
        BigDecimal difference =
                quantity.value().subtract(daily.multiply(stated)).abs();
        boolean mismatch =
                difference.compareTo(daily.multiply(stated).multiply(TOLERANCE)) > 0 && difference.compareTo(daily) > 0;
        if (!mismatch) {
            return List.of();
        }
        BigDecimal lasts =
                quantity.value().divide(daily, 1, RoundingMode.HALF_UP).stripTrailingZeros();
        return List.of(Finding.warn(
                RuleCode.DAYS_SUPPLY_MISMATCH,
                quantity + " taken as " + dose + " × " + facts.timesPerDay() + " a day lasts " + lasts.toPlainString()
                        + " days; the order states a " + stated + "-day supply"));
    }
}
