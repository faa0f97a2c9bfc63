package org.triturate.formulation.rule;

import org.triturate.common.rule.Rules;

/**
 * Every rule of a master formulation (docs/order-lifecycle.md), in the order a refusal reports them: its ingredient
 * lines, then the USP &lt;795&gt; preparation type, storage and beyond-use date.
 */
public final class FormulationRules {

    public static final Rules<FormulationFacts> ALL = Rules.of(
            new IngredientLinesFit(),
            new PreparationTypeFitsForm(),
            new NonpreservedAqueousRefrigerated(),
            new BudWithinDefault());

    private FormulationRules() {}
}
