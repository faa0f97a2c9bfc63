package org.triturate.order.rule;

import java.util.List;
import java.util.Set;
import org.triturate.catalog.AllergenClass;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;

/** EXCLUSION_ADDED_FOR_ALLERGY: tells the prescriber which of the patient's allergen classes the order now excludes. */
public final class AllergyExclusionsAdded implements Rule<OrderFacts> {

    @Override
    public List<Finding> check(OrderFacts facts) {
        Set<AllergenClass> added = facts.exclusionsAddedForAllergy();
        if (added.isEmpty()) {
            return List.of();
        }
        return List.of(Finding.warn(
                RuleCode.EXCLUSION_ADDED_FOR_ALLERGY, "Excluded because of the patient's allergies: " + added));
    }
}
