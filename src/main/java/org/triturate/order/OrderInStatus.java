package org.triturate.order;

import java.util.List;
import java.util.Set;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;

/**
 * INVALID_TRANSITION unless the order is in one of the allowed statuses: {@link OrderLifecycle} refuses an action
 * with it, and reads of what an order only has in some statuses (e.g. the label of a preparation not yet released)
 * use it as they are.
 *
 * @param verb the past participle of the refusal: "An order SUBMITTED cannot be labelled"
 */
public record OrderInStatus(Set<OrderStatus> allowed, String verb) implements Rule<OrderStatus> {

    public OrderInStatus {
        allowed = Set.copyOf(allowed);
    }

    @Override
    public List<Finding> check(OrderStatus status) {
        if (status != null && allowed.contains(status)) {
            return List.of();
        }
        return List.of(Finding.block(
                RuleCode.INVALID_TRANSITION,
                "status",
                "An order " + status + " cannot be " + verb + "; only one "
                        + allowed.stream().map(Enum::name).sorted().toList() + " can"));
    }
}
