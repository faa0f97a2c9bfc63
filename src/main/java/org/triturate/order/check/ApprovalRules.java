package org.triturate.order.check;

import java.util.List;
import java.util.stream.Stream;
import org.triturate.common.problem.ErrorCode;

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

    /** {@code formulation} is null when the chosen version does not exist: FORMULATION_NOT_FOUND. */
    public CheckReport evaluate(OrderFacts order, FormulationFacts formulation) {
        Stream<Finding> formulationFindings = formulation == null
                ? Stream.of(Finding.fail(ErrorCode.FORMULATION_NOT_FOUND, "formulationId",
                        "No master formulation version with this id"))
                : rules.stream().flatMap(rule -> rule.evaluate(order, formulation).stream());
        return new CheckReport(Stream.concat(orderRules.evaluate(order).findings().stream(), formulationFindings)
                .toList());
    }
}
