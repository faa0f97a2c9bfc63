package org.triturate.compounding.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;
import org.triturate.compounding.WorksheetCalculator.Component;

/**
 * SALT_FACTOR_UNKNOWN: an active is weighed as its salt, so one whose salt factor the catalog does not know cannot
 * be weighed; a guessed factor would be a wrong dose.
 */
public final class SaltFactorsKnown implements Rule<List<Component>> {

    @Override
    public List<Finding> check(List<Component> components) {
        return components.stream()
                .filter(component -> component.active() && component.saltFactor() == null)
                .map(component -> Finding.block(
                        RuleCode.SALT_FACTOR_UNKNOWN,
                        "ingredientId",
                        component.name() + " (ingredient " + component.ingredientId()
                                + ") has no salt factor in the catalog; record it before weighing"))
                .toList();
    }
}
