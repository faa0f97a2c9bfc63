package org.triturate.common.quantity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The UCUM units of the contract (docs/api-guide.md, "Quantities and units"). Every conversion the service needs is between units of
 * one dimension that differ by a power of ten, so it is exact: the value's decimal point moves by
 * {@code exponent} places. {@code mcg} and {@code ml} are accepted as aliases; responses use the canonical code.
 */
@Schema(
        description = "A UCUM unit code; requests may also use the aliases mcg (ug) and ml (mL)",
        enumeration = {"mg", "ug", "g", "mL", "mg/mL", "ug/mL", "mg/g", "unit", "mcg", "ml"})
public enum Unit {
    MG("mg", Dimension.MASS, 0),
    UG("ug", Dimension.MASS, -3, "mcg"),
    G("g", Dimension.MASS, 3),
    ML("mL", Dimension.VOLUME, 0, "ml"),
    MG_PER_ML("mg/mL", Dimension.MASS_PER_VOLUME, 0),
    UG_PER_ML("ug/mL", Dimension.MASS_PER_VOLUME, -3),
    MG_PER_G("mg/g", Dimension.MASS_PER_MASS, 0),
    UNIT("unit", Dimension.COUNT, 0);

    /** What a unit measures; only units of one dimension convert into each other. */
    public enum Dimension {
        MASS,
        VOLUME,
        MASS_PER_VOLUME,
        MASS_PER_MASS,
        COUNT
    }

    private final String code;
    private final Dimension dimension;
    private final int exponent;
    private final List<String> aliases;

    Unit(String code, Dimension dimension, int exponent, String... aliases) {
        this.code = code;
        this.dimension = dimension;
        this.exponent = exponent;
        this.aliases = List.of(aliases);
    }

    @JsonValue
    public String code() {
        return code;
    }

    public Dimension dimension() {
        return dimension;
    }

    /** Power of ten of this unit relative to the first unit of its dimension (mg, mL, mg/mL, mg/g, unit). */
    int exponent() {
        return exponent;
    }

    public boolean convertsTo(Unit other) {
        return dimension == other.dimension;
    }

    /** Case-sensitive, as UCUM codes are: {@code mg} is a unit, {@code MG} is not. */
    @JsonCreator
    public static Unit fromCode(String code) {
        for (Unit unit : values()) {
            if (unit.code.equals(code) || unit.aliases.contains(code)) {
                return unit;
            }
        }
        throw new IllegalArgumentException("Unknown unit '" + code + "'; use one of "
                + Arrays.stream(values()).map(Unit::code).collect(Collectors.joining(", "))
                + " (or the aliases mcg, ml)");
    }

    @Override
    public String toString() {
        return code;
    }
}
