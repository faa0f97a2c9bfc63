package org.triturate.regimen;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.triturate.common.quantity.Quantity;
import org.triturate.order.rule.DailyDose;

/**
 * One step of a regimen's schedule, with its dates and what it adds up to.
 *
 * @param index     1-based
 * @param endOn     the last day of the step, inclusive: {@code startOn + days - 1}
 * @param quantity  dose amount × times per day × days, in the dose amount's unit
 * @param dailyDose the active taken per day in the strength's mass unit; null when strength and dose amount do not
 *                  fit together (the order rules report that step)
 */
public record PlannedStep(
        int index,
        LocalDate startOn,
        LocalDate endOn,
        Quantity strength,
        Quantity doseAmount,
        int timesPerDay,
        int days,
        Quantity quantity,
        Quantity dailyDose) {

    /** The step that starts on {@code startOn} and takes {@code strength} in doses of {@code doseAmount} for days. */
    public static PlannedStep of(
            int index, LocalDate startOn, Quantity strength, Quantity doseAmount, int timesPerDay, int days) {
        BigDecimal total = doseAmount.value().multiply(BigDecimal.valueOf((long) timesPerDay * days));
        return new PlannedStep(
                index,
                startOn,
                startOn.plusDays(days - 1L),
                strength,
                doseAmount,
                timesPerDay,
                days,
                new Quantity(total, doseAmount.unit()),
                DailyDose.of(strength, doseAmount, timesPerDay));
    }
}
