package org.triturate.testing;

import java.math.BigDecimal;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.compounding.WorksheetCalculator.Component;

/** Formulation lines as the worksheet weighs them, for the worksheet's tests and benchmarks. */
public final class WorksheetComponents {

    public static final BigDecimal FULL_POTENCY = BigDecimal.valueOf(100);
    /** The qs base of the contract's sertraline capsules. */
    public static final Component MCC_QS =
            new Component(27, "Microcrystalline cellulose", false, true, null, null, FULL_POTENCY);

    private WorksheetComponents() {}

    /** An active (ingredient 1) of {@code amount} per unit; {@code saltFactor} is null when the catalog has none. */
    public static Component active(String name, String amount, Unit unit, String saltFactor, String potency) {
        return new Component(
                1,
                name,
                true,
                false,
                Quantity.of(amount, unit),
                saltFactor == null ? null : new BigDecimal(saltFactor),
                new BigDecimal(potency));
    }
}
