package org.triturate.order.rule;

/**
 * What approving an order judges: the order's facts as they are today and the master formulation version the
 * pharmacist chose ({@code formulation} is null when no version has the chosen id).
 */
public record ApprovalFacts(OrderFacts order, FormulationFacts formulation) {}
