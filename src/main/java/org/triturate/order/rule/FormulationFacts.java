package org.triturate.order.rule;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.triturate.catalog.AllergenClass;
import org.triturate.catalog.DosageForm;
import org.triturate.common.quantity.Quantity;

/**
 * The master formulation version a pharmacist chose when approving an order, as the approval rules judge it.
 *
 * @param budDays     the beyond-use days the version assigns (counted from the day of compounding)
 * @param actives     the formulation's actives with their amount per unit, in its order
 * @param ingredients every ingredient of the formulation, actives and excipients (qs ones too)
 */
public record FormulationFacts(
        long id,
        String name,
        boolean retired,
        DosageForm dosageForm,
        int budDays,
        List<FormulatedActive> actives,
        List<FormulatedIngredient> ingredients) {

    public FormulationFacts {
        actives = List.copyOf(actives);
        ingredients = List.copyOf(ingredients);
    }

    public record FormulatedActive(long ingredientId, Quantity amountPerUnit) {}

    public record FormulatedIngredient(long ingredientId, String name, Set<AllergenClass> allergenClasses) {

        public FormulatedIngredient {
            allergenClasses =
                    allergenClasses.isEmpty() ? EnumSet.noneOf(AllergenClass.class) : EnumSet.copyOf(allergenClasses);
        }
    }
}
