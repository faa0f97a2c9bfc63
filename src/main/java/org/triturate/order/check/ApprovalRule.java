package org.triturate.order.check;

import java.util.List;

/**
 * A rule that only approval adds to the order checks (../shared/api.md §5, "Review"): it judges the chosen master
 * formulation against the order. Like an {@link OrderRule} it passes, fails once per offence, or says nothing.
 */
public interface ApprovalRule {

    List<Finding> evaluate(OrderFacts order, FormulationFacts formulation);
}
