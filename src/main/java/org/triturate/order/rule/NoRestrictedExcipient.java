package org.triturate.order.rule;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.triturate.catalog.AllergenClass;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.rule.FormulationFacts.FormulatedIngredient;

/**
 * RESTRICTED_EXCIPIENT: no ingredient of the formulation (excipients, qs ones included) carries an allergen class
 * the order effectively excludes, or is one the patient is allergic to: the reason a dye-free order exists.
 */
public final class NoRestrictedExcipient extends FormulationRule {

    @Override
    List<Finding> check(OrderFacts order, FormulationFacts formulation) {
        if (order.patient() == null) {
            return List.of();
        }
        List<Finding> failures = formulation.ingredients().stream()
                .map(ingredient -> restriction(ingredient, order))
                .flatMap(Optional::stream)
                .map(message -> Finding.block(RuleCode.RESTRICTED_EXCIPIENT, "formulationId", message))
                .toList();
        return Finding.passUnless(failures, RuleCode.RESTRICTED_EXCIPIENT, "No ingredient is excluded");
    }

    private static Optional<String> restriction(FormulatedIngredient ingredient, OrderFacts order) {
        if (order.patient().allergyIngredientIds().contains(ingredient.ingredientId())) {
            return Optional.of("The patient has a recorded allergy to " + ingredient.name());
        }
        Set<AllergenClass> excluded = EnumSet.noneOf(AllergenClass.class);
        excluded.addAll(ingredient.allergenClasses());
        excluded.retainAll(order.effectiveExclusions());
        return excluded.isEmpty()
                ? Optional.empty()
                : Optional.of(ingredient.name() + " carries " + excluded + ", which this order excludes");
    }
}
