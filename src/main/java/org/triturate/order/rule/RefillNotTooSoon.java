package org.triturate.order.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;

/**
 * REFILL_TOO_SOON: a refill waits until at least 75 % of the previous fill's days' supply has passed since that fill
 * was dispensed, unless the pharmacist gives a reason for the early refill (a lost bottle, a trip) of at least 10
 * characters (leading and trailing whitespace aside); then it warns and the reason goes into the history. A fill that states no
 * days' supply lasts its quantity ÷ (dose × times per day); one not dispensed yet (no dispensing date) makes
 * any refill too soon.
 */
public final class RefillNotTooSoon implements Rule<RefillFacts> {

    static final int MIN_REASON_CHARACTERS = 10;

    private static final BigDecimal USED_SHARE = new BigDecimal("0.75");

    @Override
    public List<Finding> check(RefillFacts facts) {
        BigDecimal supplyDays = supplyDays(facts);
        if (supplyDays == null) {
            return List.of(Finding.pass(
                    RuleCode.REFILL_TOO_SOON,
                    "Fill " + facts.previousFillNumber() + " states no days' supply that could be judged"));
        }
        String supply = supplyDays.stripTrailingZeros().toPlainString() + "-day supply";
        LocalDate dispensedOn = facts.previousDispensedOn();
        LocalDate earliest = dispensedOn == null
                ? null
                : dispensedOn.plusDays(USED_SHARE
                        .multiply(supplyDays)
                        .setScale(0, RoundingMode.CEILING)
                        .longValueExact());
        if (earliest != null && !facts.today().isBefore(earliest)) {
            return List.of(Finding.pass(
                    RuleCode.REFILL_TOO_SOON,
                    ChronoUnit.DAYS.between(dispensedOn, facts.today()) + " days since fill "
                            + facts.previousFillNumber() + " was dispensed: at least 75 % of its " + supply));
        }
        String timing = earliest == null
                ? "Fill " + facts.previousFillNumber() + " has not been dispensed yet"
                : "Fill " + facts.previousFillNumber() + " was dispensed on " + dispensedOn + " for a " + supply
                        + "; 75 % of it has passed on " + earliest;
        if (reasonLength(facts.earlyRefillReason()) >= MIN_REASON_CHARACTERS) {
            return List.of(Finding.warn(RuleCode.REFILL_TOO_SOON, "Early refill with a reason. " + timing));
        }
        return List.of(Finding.block(
                RuleCode.REFILL_TOO_SOON,
                "earlyRefillReason",
                timing + ". To refill earlier, give an earlyRefillReason of at least " + MIN_REASON_CHARACTERS
                        + " characters"));
    }

    /** The stated days' supply, else quantity ÷ (dose × times per day); null when neither can be told. */
    private static BigDecimal supplyDays(RefillFacts facts) {
        if (facts.previousDaysSupply() != null) {
            return BigDecimal.valueOf(facts.previousDaysSupply());
        }
        OrderFacts order = facts.order();
        Quantity quantity = order.quantity();
        Quantity dose = order.doseAmount();
        if (quantity == null || dose == null || !dose.unit().convertsTo(quantity.unit())) {
            return null;
        }
        BigDecimal daily = dose.to(quantity.unit()).value().multiply(BigDecimal.valueOf(order.timesPerDay()));
        return daily.signum() <= 0 ? null : quantity.value().divide(daily, 1, RoundingMode.DOWN);
    }

    /** The characters of the reason without its leading and trailing whitespace: a reason of blanks says nothing. */
    private static long reasonLength(String text) {
        return text == null ? 0 : text.strip().codePoints().count();
    }
}
