package org.triturate.order;

/**
 * An order as it was accepted, kept in the audit trail with its submission, amendment or approval so that the
 * trail shows what was accepted, not only that something was.
 */
public record OrderSnapshot(
        String number,
        long patientId,
        long prescriberId,
        ReceivedVia receivedVia,
        OrderContent content,
        Long formulationId) {

    public static OrderSnapshot of(CompoundingOrder order) {
        return new OrderSnapshot(
                order.number,
                order.patientId,
                order.prescriberId,
                order.receivedVia,
                OrderContent.of(order),
                order.formulationId);
    }
}
