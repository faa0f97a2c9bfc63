package org.triturate.regimen;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.triturate.order.CompoundingOrder;

/** A regimen with the current state of its step orders: what its view shows. */
public record RegimenDetails(Regimen regimen, Map<Long, CompoundingOrder> ordersById) {

    public RegimenDetails {
        ordersById = Map.copyOf(ordersById);
    }

    public static RegimenDetails of(Regimen regimen, List<CompoundingOrder> stepOrders) {
        return new RegimenDetails(
                regimen, stepOrders.stream().collect(Collectors.toMap(order -> order.id, Function.identity())));
    }

    /** The order of each step, step 1 first. */
    public List<CompoundingOrder> stepOrders() {
        return regimen.steps.stream().map(step -> ordersById.get(step.orderId)).toList();
    }

    public RegimenStatus status() {
        return regimen.status(stepOrders().stream().map(order -> order.status).toList());
    }
}
