package org.triturate.common.quantity;

import java.math.BigDecimal;

/**
 * How much active an amount of a preparation holds: a strength per unit (mg) times a number of units gives mg; per
 * mL (mg/mL) times mL gives mg; per g (mg/g) times g gives mg. The amount is first converted to the unit the
 * strength is "per", so 500 mg of a mg/g cream counts as 0.5 g. Exact: no rounding.
 */
public final class Content {

    private Content() {}

    /** The content in the strength's mass unit, or null when the units do not fit together. */
    public static Quantity of(Quantity strength, Quantity amount) {
        Unit mass = massOf(strength.unit());
        Unit per = perOf(strength.unit());
        if (mass == null || !amount.unit().convertsTo(per)) {
            return null;
        }
        BigDecimal perAmount = amount.to(per).value();
        return new Quantity(strength.value().multiply(perAmount), mass);
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
