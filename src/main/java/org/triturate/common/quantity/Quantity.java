package org.triturate.common.quantity;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * An amount with its unit, {@code {"value": 37.5, "unit": "mg"}}: an exact, positive decimal, never floating
 * point. Trailing zeros are stripped, so {@code 37.50 mg} and {@code 37.5 mg} are equal. A value a client sends
 * fits the DECIMAL(18,6) columns: the JSON reader refuses any other ({@code StorableDecimals}).
 */
@Embeddable
public record Quantity(BigDecimal value, Unit unit) implements Comparable<Quantity> {

    public Quantity {
        if (value == null) {
            throw new IllegalArgumentException("value is required");
        }
        if (unit == null) {
            throw new IllegalArgumentException("unit is required");
        }
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("value must be greater than 0");
        }
        value = value.stripTrailingZeros();
    }

    public static Quantity of(String value, Unit unit) {
        return new Quantity(new BigDecimal(value), unit);
    }

    /** The same amount in another unit of the same dimension, exactly (1 mg = 1000 ug, 1 mg/mL = 1000 ug/mL). */
    public Quantity to(Unit target) {
        if (!unit.convertsTo(target)) {
            throw new IllegalArgumentException("Cannot convert " + unit + " to " + target);
        }
        return new Quantity(value.movePointRight(unit.exponent() - target.exponent()), target);
    }

    /** Compares amounts of one dimension whatever their units; {@code 1 g} equals {@code 1000 mg}. */
    @Override
    public int compareTo(Quantity other) {
        return value.compareTo(other.to(unit).value());
    }

    @Override
    public String toString() {
        return value.toPlainString() + " " + unit;
    }
}
