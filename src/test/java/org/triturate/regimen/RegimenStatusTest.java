package org.triturate.regimen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.order.OrderStatus;

class RegimenStatusTest {

    private static Regimen stored(RegimenStatus status) {
        Regimen regimen = new Regimen();
        regimen.status = status;
        return regimen;
    }

    @Test
    void activeWhileAStepOrderCanStillMove() {
        assertEquals(
                RegimenStatus.ACTIVE,
                stored(RegimenStatus.ACTIVE).status(List.of(OrderStatus.DISPENSED, OrderStatus.APPROVED)));
        assertEquals(
                RegimenStatus.ACTIVE,
                stored(RegimenStatus.ACTIVE).status(List.of(OrderStatus.DISPENSED, OrderStatus.VERIFIED)));
    }

    @Test
    void completedOnceEveryStepOrderIsFinal() {
        assertEquals(
                RegimenStatus.COMPLETED,
                stored(RegimenStatus.ACTIVE)
                        .status(List.of(OrderStatus.DISPENSED, OrderStatus.REJECTED, OrderStatus.CANCELLED)));
    }

    @Test
    void cancelledStaysCancelled() {
        assertEquals(
                RegimenStatus.CANCELLED,
                stored(RegimenStatus.CANCELLED).status(List.of(OrderStatus.DISPENSED, OrderStatus.CANCELLED)));
    }
}
