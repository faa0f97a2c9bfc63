package org.triturate.compounding.rule;

import java.util.List;
import java.util.Set;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.OrderStatus;

/**
 * INVALID_TRANSITION for reading what an order only has in some statuses, e.g. the label of a preparation that was
 * not released yet. Changes of status are {@code OrderLifecycle}'s; this guards reads that change nothing.
 *
 * @param verb the past participle of the refusal: "An order SUBMITTED cannot be labelled"
 */
public record OrderInStatus(Set<OrderStatus> allowed, String verb) implements Rule<OrderStatus> {

    public OrderInStatus {
        allowed = Set.copyOf(allowed);
    }

    @Override
    public List<Finding> check(OrderStatus status) {
        if (allowed.contains(status)) {
            return List.of();
        }
        return List.of(Finding.block(RuleCode.INVALID_TRANSITION, "status", "An order " + status + " cannot be "
                + verb + "; only one " + allowed.stream().map(Enum::name).sorted().toList() + " can"));
    }
}
