package org.triturate.formulation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import org.triturate.catalog.IngredientRole;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;

/**
 * One ingredient line of a master formulation: an active with its amount per unit (per capsule, per mL, per g),
 * or an excipient with its function and either an amount per unit or "qs" (quantity sufficient to fill).
 */
@Embeddable
public class FormulationIngredient {

    @Column(name = "ingredient_id", nullable = false)
    public long ingredientId;

    /** Whether the line is one of the formulation's actives or one of its excipients. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IngredientRole role;

    @Column(name = "ingredient_function")
    public String function;

    @Column(nullable = false)
    public boolean qs;

    @Column(name = "amount_value")
    BigDecimal amountValue;

    @Column(name = "amount_unit")
    Unit amountUnit;

    public static FormulationIngredient active(long ingredientId, Quantity amountPerUnit) {
        return line(ingredientId, IngredientRole.ACTIVE, null, false, amountPerUnit);
    }

    public static FormulationIngredient excipient(long ingredientId, String function, boolean qs,
                                                  Quantity amountPerUnit) {
        return line(ingredientId, IngredientRole.EXCIPIENT, function, qs, amountPerUnit);
    }

    private static FormulationIngredient line(long ingredientId, IngredientRole role, String function, boolean qs,
                                              Quantity amountPerUnit) {
        FormulationIngredient line = new FormulationIngredient();
        line.ingredientId = ingredientId;
        line.role = role;
        line.function = function;
        line.qs = qs;
        line.amountValue = amountPerUnit == null ? null : amountPerUnit.value();
        line.amountUnit = amountPerUnit == null ? null : amountPerUnit.unit();
        return line;
    }

    /** The amount per unit of the preparation; null for a qs excipient. */
    public Quantity amountPerUnit() {
        return amountValue == null ? null : new Quantity(amountValue, amountUnit);
    }
}
