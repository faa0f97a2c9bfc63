package org.triturate.order.check;

import java.util.List;

/**
 * One clinical or regulatory rule of order intake (../shared/api.md §4, "Order checks"). A rule is a small pure
 * function of the facts: it passes, fails (once per offending field, so every fault is reported), or warns. A
 * rule whose facts are missing (an unknown patient, an unknown ingredient) does not judge them: the rule that
 * reports the missing record does.
 */
public interface OrderRule {

    List<Finding> evaluate(OrderFacts facts);
}
