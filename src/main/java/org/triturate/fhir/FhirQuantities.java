package org.triturate.fhir;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Quantity;
import org.triturate.common.json.StorableDecimals;
import org.triturate.common.problem.Violation;
import org.triturate.common.quantity.Unit;

/**
 * Our quantities as FHIR Quantities and back. Units are UCUM codes as in the REST API, except that one capsule,
 * tablet, … is UCUM's unity {@code 1} (our {@code unit}).
 */
public final class FhirQuantities {

    /** UCUM's unity: the unit of a count. */
    public static final String UNITY = "1";

    private FhirQuantities() {}

    public static Quantity of(org.triturate.common.quantity.Quantity quantity) {
        String code = code(quantity.unit());
        return new Quantity()
                // Stripped of trailing zeros, 30 is 3E+1; written plain, as a client expects it.
                .setValue(new BigDecimal(quantity.value().toPlainString()))
                .setUnit(code)
                .setSystem(FhirSystems.UCUM)
                .setCode(code);
    }

    public static String code(Unit unit) {
        return unit == Unit.UNIT ? UNITY : unit.code();
    }

    /**
     * The quantity a FHIR Quantity states, or empty with a violation for {@code path} when it lacks a value or a unit
     * of ours, or names a unit system other than UCUM.
     */
    public static Optional<org.triturate.common.quantity.Quantity> read(
            Quantity quantity, String path, List<Violation> violations) {
        Optional<Unit> unit = unit(quantity, path, violations);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        return value(quantity, path, violations)
                .map(value -> new org.triturate.common.quantity.Quantity(value, unit.get()));
    }

    /** The positive value of a quantity, or empty with a violation. */
    static Optional<BigDecimal> value(Quantity quantity, String path, List<Violation> violations) {
        if (!quantity.hasValue() || quantity.getValue().signum() <= 0) {
            violations.add(Violation.invalidField(path + ".value", "A value greater than 0 is required"));
            return Optional.empty();
        }
        if (!StorableDecimals.storable(quantity.getValue())) {
            violations.add(Violation.invalidField(path + ".value", "Must be " + StorableDecimals.RANGE));
            return Optional.empty();
        }
        if (quantity.hasComparator()) {
            violations.add(Violation.invalidField(path + ".comparator", "An order states exact quantities"));
            return Optional.empty();
        }
        return Optional.of(quantity.getValue());
    }

    /**
     * The unit of a quantity: its UCUM code (or, without one, its unit text), or empty with a violation. Beside a
     * code, {@code unit} is the human-readable label FHIR defines it as ("capsule", "milligram") and is not read.
     */
    static Optional<Unit> unit(Quantity quantity, String path, List<Violation> violations) {
        if (quantity.hasSystem() && !FhirSystems.UCUM.equals(quantity.getSystem())) {
            violations.add(Violation.invalidField(path + ".system", "Units are UCUM codes (" + FhirSystems.UCUM + ")"));
            return Optional.empty();
        }
        String code = quantity.hasCode() ? quantity.getCode() : quantity.getUnit();
        if (code == null) {
            violations.add(Violation.invalidField(path + ".code", "A UCUM unit code is required"));
            return Optional.empty();
        }
        if (UNITY.equals(code)) {
            return Optional.of(Unit.UNIT);
        }
        try {
            return Optional.of(Unit.fromCode(code));
        } catch (IllegalArgumentException e) {
            violations.add(Violation.invalidField(path + ".code", e.getMessage() + "; 1 for a count"));
            return Optional.empty();
        }
    }
}
