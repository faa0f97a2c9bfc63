package org.triturate.common.quantity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * An amount with its unit, {@code {"value": 37.5, "unit": "mg"}}: an exact, positive decimal, never floating
 * point. Trailing zeros are stripped, so {@code 37.50 mg} and {@code 37.5 mg} are equal.
 */
@Embeddable
public record Quantity(BigDecimal value, Unit unit) implements Comparable<Quantity> {

    public static final int MAX_SCALE = 6;
    public static final int MAX_INTEGER_DIGITS = 12;

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

    /**
     * A quantity as a client sends it. Besides being positive it must fit the DECIMAL(18,6) columns (at most
     * {@value #MAX_SCALE} decimal places and {@value #MAX_INTEGER_DIGITS} integer digits): a value the database
     * would round is refused rather than silently changed.
     */
    @JsonCreator
    public static Quantity fromRequest(@JsonProperty("value") BigDecimal value, @JsonProperty("unit") Unit unit) {
        Quantity quantity = new Quantity(value, unit);
        if (quantity.value.scale() > MAX_SCALE) {
            throw new IllegalArgumentException("value may have at most " + MAX_SCALE + " decimal places");
        }
        if (quantity.value.precision() - quantity.value.scale() > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException("value may have at most " + MAX_INTEGER_DIGITS + " integer digits");
        }
        return quantity;
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
