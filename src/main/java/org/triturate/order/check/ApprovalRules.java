package org.triturate.order.check;

import java.util.List;
import java.util.stream.Stream;

/**
 * What approving an order checks: every order rule again (a licence may have lapsed since submission) and the
 * rules about the chosen formulation. All run; all failures are reported together.
 */
public final class ApprovalRules {

    private final OrderRules orderRules = new OrderRules();
    private final List<ApprovalRule> rules = List.of(
            new FormulationMatchesOrder(),
            new FormulationNotRetired(),
            new NoRestrictedExcipient());

    public CheckReport evaluate(OrderFacts order, FormulationFacts formulation) {
        return new CheckReport(Stream.concat(orderRules.evaluate(order).findings().stream(),
                rules.stream().flatMap(rule -> rule.evaluate(order, formulation).stream())).toList());
    }
}
