package org.triturate.compounding.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;

/**
 * FORMULATION_MISMATCH: a component naming an ingredient the approved formulation does not have is not part of this
 * preparation.
 */
public final class ComponentsInFormulation implements Rule<CompoundingFacts> {

    @Override
    public List<Finding> check(CompoundingFacts facts) {
        return facts.components().stream()
                .filter(component -> !facts.isFormulated(component.ingredientId()))
                .map(component -> Finding.block(
                        RuleCode.FORMULATION_MISMATCH,
                        component.field() + ".ingredientId",
                        "Not an ingredient of the approved formulation"))
                .toList();
    }
}
