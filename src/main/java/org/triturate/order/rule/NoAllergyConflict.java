package org.triturate.order.rule;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.triturate.catalog.AllergenClass;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.rule.OrderFacts.MoietyAllergy;
import org.triturate.order.rule.OrderFacts.OrderedActive;

/**
 * ALLERGY_CONFLICT: no active may be one the patient is allergic to, or another salt of the same moiety (an allergy
 * to venlafaxine hydrochloride is one to venlafaxine besylate too), or carry an allergen class among the
 * effective exclusions (the order's own plus the patient's allergen classes): an active cannot be left out of
 * its own preparation the way an excipient can.
 */
public final class NoAllergyConflict implements Rule<OrderFacts> {

    @Override
    public List<Finding> check(OrderFacts facts) {
        if (facts.patient() == null) {
            return List.of();
        }
        List<Finding> failures = facts.knownActives().stream()
                .map(active -> conflict(active, facts))
                .flatMap(Optional::stream)
                .toList();
        return Finding.passUnless(failures, RuleCode.ALLERGY_CONFLICT, "No active conflicts with an allergy");
    }

    private static Optional<Finding> conflict(OrderedActive active, OrderFacts facts) {
        String name = active.ingredient().name();
        if (facts.patient().allergyIngredientIds().contains(active.ingredientId())) {
            return Optional.of(fail(active, "The patient has a recorded allergy to " + name));
        }
        String moiety = active.ingredient().activeMoiety();
        Optional<MoietyAllergy> sameMoiety = facts.patient().moietyAllergies().stream()
                .filter(allergy -> allergy.activeMoiety().equalsIgnoreCase(moiety))
                .findFirst();
        if (sameMoiety.isPresent()) {
            return Optional.of(fail(
                    active,
                    "The patient has a recorded allergy to " + sameMoiety.get().ingredientName() + ", and " + name
                            + " is the same moiety (" + moiety + ")"));
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
        return Finding.block(RuleCode.ALLERGY_CONFLICT, ActiveRule.ingredientField(active), message);
    }
}
