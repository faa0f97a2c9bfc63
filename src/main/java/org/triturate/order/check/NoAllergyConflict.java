package org.triturate.order.check;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.triturate.catalog.AllergenClass;
import org.triturate.common.problem.ErrorCode;
import org.triturate.order.check.OrderFacts.OrderedActive;

/**
 * ALLERGY_CONFLICT: no active may be one the patient is allergic to, or carry an allergen class among the
 * effective exclusions (the order's own plus the patient's allergen classes): an active cannot be left out of
 * its own preparation the way an excipient can.
 */
public final class NoAllergyConflict implements OrderRule {

    @Override
    public List<Finding> evaluate(OrderFacts facts) {
        if (facts.patient() == null) {
            return List.of();
        }
        List<Finding> failures = facts.knownActives().stream()
                .map(active -> conflict(active, facts))
                .flatMap(Optional::stream)
                .toList();
        return Finding.passUnless(failures, ErrorCode.ALLERGY_CONFLICT, "No active conflicts with an allergy");
    }

    private static Optional<Finding> conflict(OrderedActive active, OrderFacts facts) {
        String name = active.ingredient().name();
        if (facts.patient().allergyIngredientIds().contains(active.ingredientId())) {
            return Optional.of(fail(active, "The patient has a recorded allergy to " + name));
        }
        Set<AllergenClass> carried = EnumSet.noneOf(AllergenClass.class);
        carried.addAll(active.ingredient().allergenClasses());
        carried.retainAll(facts.effectiveExclusions());
        if (!carried.isEmpty()) {
            return Optional.of(fail(active, name + " carries " + carried + ", which this order must exclude"));
        }
        return Optional.empty();
    }

    private static Finding fail(OrderedActive active, String message) {
        return Finding.fail(ErrorCode.ALLERGY_CONFLICT, ActiveRule.ingredientField(active), message);
    }
}
