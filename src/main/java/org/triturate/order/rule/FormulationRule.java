package org.triturate.order.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;

/**
 * A rule that approval adds to the intake rules: it judges the chosen master formulation against the order. A
 * formulation that does not exist is not judged: {@link FormulationMustExist} reports it.
 */
abstract class FormulationRule implements Rule<ApprovalFacts> {

    @Override
    public final List<Finding> check(ApprovalFacts facts) {
        return facts.formulation() == null ? List.of() : check(facts.order(), facts.formulation());
    }

    abstract List<Finding> check(OrderFacts order, FormulationFacts formulation);
}
