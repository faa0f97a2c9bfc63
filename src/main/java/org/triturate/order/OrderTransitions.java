package org.triturate.order;

import java.util.HashMap;
import java.util.Map;

/**
 * How a change of an order is written to the audit trail, which {@code GET /orders/{id}/history} reads back:
 * entity type ORDER, and details with {@code fromStatus}, {@code toStatus}, {@code note} and optionally the order.
 */
public final class OrderTransitions {

    public static final String ENTITY_TYPE = "ORDER";

    private OrderTransitions() {
    }

    public static Map<String, Object> details(OrderStatus from, OrderStatus to, String note, Object order) {
        Map<String, Object> details = new HashMap<>();
        details.put("fromStatus", from);
        details.put("toStatus", to);
        details.put("note", note);
        if (order != null) {
            details.put("order", order);
        }
        return details;
    }
}
