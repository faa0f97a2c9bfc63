package org.triturate.formulation.rule;

import java.util.List;
import java.util.Optional;
import org.triturate.common.problem.Violation;

/** Every beyond-use-date rule of a master formulation; all run, and all violations are reported together. */
public final class FormulationRules {

    private final List<FormulationRule> rules = List.of(
            new PreparationTypeFitsForm(),
            new NonpreservedAqueousRefrigerated(),
            new BudWithinDefault());

    public List<Violation> check(FormulationDraft draft) {
        return rules.stream().map(rule -> rule.check(draft)).flatMap(Optional::stream).toList();
    }
}
