package org.triturate.formulation;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.triturate.catalog.IngredientRole;
import org.triturate.common.quantity.Quantity;

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

    /** Null for a qs excipient: both columns are then null, which reads back as no quantity. */
    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "amount_value"))
    @AttributeOverride(name = "unit", column = @Column(name = "amount_unit"))
    Quantity amountPerUnit;

    public static FormulationIngredient active(long ingredientId, Quantity amountPerUnit) {
        return line(ingredientId, IngredientRole.ACTIVE, null, false, amountPerUnit);
    }

    public static FormulationIngredient excipient(
            long ingredientId, String function, boolean qs, Quantity amountPerUnit) {
        return line(ingredientId, IngredientRole.EXCIPIENT, function, qs, amountPerUnit);
    }

    private static FormulationIngredient line(
            long ingredientId, IngredientRole role, String function, boolean qs, Quantity amountPerUnit) {
        FormulationIngredient line = new FormulationIngredient();
        line.ingredientId = ingredientId;
        line.role = role;
        line.function = function;
        line.qs = qs;
        line.amountPerUnit = amountPerUnit;
        return line;
    }

    /** The amount per unit of the preparation; null for a qs excipient. */
    public Quantity amountPerUnit() {
        return amountPerUnit;
    }
}
