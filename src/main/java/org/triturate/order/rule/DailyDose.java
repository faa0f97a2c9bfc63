package org.triturate.order.rule;

import java.math.BigDecimal;
import org.triturate.common.quantity.Content;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;

/**
 * The amount of an active taken per dose and per day: the {@link Content} of one dose (× times per day), exactly,
 * in the unit of the maximum it is compared with.
 */
public final class DailyDose {

    private DailyDose() {}

    /** The daily amount in the strength's mass unit, or null when the units do not fit together. */
    public static Quantity of(Quantity strength, Quantity doseAmount, int timesPerDay) {
        if (strength == null || doseAmount == null || timesPerDay < 1) {
            return null;
        }
        Quantity perDose = Content.of(strength, doseAmount);
        return perDose == null
                ? null
                : new Quantity(perDose.value().multiply(BigDecimal.valueOf(timesPerDay)), perDose.unit());
    }

    /** The daily amount in {@code unit} when given (the maximum's unit), else in the strength's mass unit. */
    public static Quantity of(Quantity strength, Quantity doseAmount, int timesPerDay, Unit unit) {
        return inUnit(of(strength, doseAmount, timesPerDay), unit);
    }

    /** The amount of one dose in {@code unit} when given (the maximum's unit), else in the strength's mass unit. */
    public static Quantity perDose(Quantity strength, Quantity doseAmount, Unit unit) {
        return inUnit(of(strength, doseAmount, 1), unit);
    }

    private static Quantity inUnit(Quantity amount, Unit unit) {
        return amount == null || unit == null || !amount.unit().convertsTo(unit) ? amount : amount.to(unit);
    }
}
