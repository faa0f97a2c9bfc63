package org.triturate.compounding.rule;

import java.util.List;
import org.triturate.common.problem.ErrorCode;
import org.triturate.common.problem.Violation;

/** COMPONENT_MISSING: every ingredient of the formulation, qs ones included, is traced to at least one lot. */
public final class NoComponentMissing implements CompoundingRule {

    @Override
    public List<Violation> check(CompoundingFacts facts) {
        return facts.ingredients().stream()
                .filter(line -> facts.components().stream()
                        .noneMatch(component -> component.ingredientId() == line.ingredientId()))
                .map(line -> Violation.ofField(ErrorCode.COMPONENT_MISSING, "components",
                        line.name() + " (ingredient " + line.ingredientId() + ") has no lot in the record"))
                .toList();
    }
}
