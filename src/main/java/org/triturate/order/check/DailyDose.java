package org.triturate.order.check;

import java.math.BigDecimal;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;

/**
 * The amount of an active taken per day: strength × dose amount × times per day, exactly. A strength per unit
 * (mg) times a number of units gives mg; a strength per mL (mg/mL) times mL gives mg; per g (mg/g) times g gives
 * mg. The dose amount is first converted to the unit the strength is "per", so a dose of 500 mg of a mg/g cream
 * counts as 0.5 g.
 */
public final class DailyDose {

    private DailyDose() {
    }

    /** The daily amount in the strength's mass unit, or null when the units do not fit together. */
    public static Quantity of(Quantity strength, Quantity doseAmount, int timesPerDay) {
        if (strength == null || doseAmount == null || timesPerDay < 1) {
            return null;
        }
        Unit mass = massOf(strength.unit());
        Unit per = perOf(strength.unit());
        if (mass == null || !doseAmount.unit().convertsTo(per)) {
            return null;
        }
        BigDecimal amount = doseAmount.to(per).value();
        return new Quantity(strength.value().multiply(amount).multiply(BigDecimal.valueOf(timesPerDay)), mass);
    }

    /** The daily amount in {@code unit} when given (the maximum's unit), else in the strength's mass unit. */
    public static Quantity of(Quantity strength, Quantity doseAmount, int timesPerDay, Unit unit) {
        Quantity daily = of(strength, doseAmount, timesPerDay);
        return daily == null || unit == null || !daily.unit().convertsTo(unit) ? daily : daily.to(unit);
    }

    private static Unit massOf(Unit strengthUnit) {
        return switch (strengthUnit) {
            case MG, MG_PER_ML, MG_PER_G -> Unit.MG;
            case UG, UG_PER_ML -> Unit.UG;
            case G -> Unit.G;
            default -> null; // mL or unit: not a strength
        };
    }

    private static Unit perOf(Unit strengthUnit) {
        return switch (strengthUnit) {
            case MG, UG, G -> Unit.UNIT;
            case MG_PER_ML, UG_PER_ML -> Unit.ML;
            case MG_PER_G -> Unit.G;
            default -> null;
        };
    }
}
