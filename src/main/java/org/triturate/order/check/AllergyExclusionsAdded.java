package org.triturate.order.check;

import java.util.List;
import java.util.Set;
import org.triturate.catalog.AllergenClass;

/** EXCLUSION_ADDED_FOR_ALLERGY: tells the prescriber which of the patient's allergen classes the order now excludes. */
public final class AllergyExclusionsAdded implements OrderRule {

    @Override
    public List<Finding> evaluate(OrderFacts facts) {
        Set<AllergenClass> added = facts.exclusionsAddedForAllergy();
        if (added.isEmpty()) {
            return List.of();
        }
        return List.of(Finding.warn(Warning.EXCLUSION_ADDED_FOR_ALLERGY,
                "Excluded because of the patient's allergies: " + added));
    }
}
