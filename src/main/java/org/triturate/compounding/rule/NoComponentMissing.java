package org.triturate.compounding.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;

/** COMPONENT_MISSING: every ingredient of the formulation, qs ones included, is traced to at least one lot. */
public final class NoComponentMissing implements Rule<CompoundingFacts> {

    @Override
    public List<Finding> check(CompoundingFacts facts) {
        return facts.ingredients().stream()
                .filter(line -> facts.components().stream()
                        .noneMatch(component -> component.ingredientId() == line.ingredientId()))
                .map(line -> Finding.block(
                        RuleCode.COMPONENT_MISSING,
                        "components",
                        line.name() + " (ingredient " + line.ingredientId() + ") has no lot in the record"))
                .toList();
    }
}
