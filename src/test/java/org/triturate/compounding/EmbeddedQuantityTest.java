package org.triturate.compounding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.formulation.FormulationIngredient;
import org.triturate.formulation.MasterFormulation;
import org.triturate.testing.Api;
import org.triturate.testing.Compounding;
import org.triturate.testing.Formulations;

/** The embedded {@link Quantity} reads back from its value and unit columns, and from two null columns as null. */
@QuarkusTest
class EmbeddedQuantityTest {

    @Test
    void aFormulationLineKeepsItsAmountAndAQsLineHasNone() {
        long id = Formulations.created(Formulations.sertralineCapsules());
        List<FormulationIngredient> lines = QuarkusTransaction.requiringNew()
                .call(() -> MasterFormulation.<MasterFormulation>findById(id).ingredients);
        assertEquals(Quantity.of("37.5", Unit.MG), lines.get(0).amountPerUnit());
        assertNull(lines.get(1).amountPerUnit());
    }

    @Test
    void aRecordKeepsItsYieldAndTheQuantityUsedOfEachLot() {
        long order = Compounding.compounded(
                Compounding.approvedOrder(),
                Compounding.record(
                        Compounding.supplier(true, "APPROVED"),
                        Compounding.supplier(false, "APPROVED"),
                        Api.unique("L")));
        CompoundingRecord record = QuarkusTransaction.requiringNew()
                .call(() -> CompoundingRecord.<CompoundingRecord>find("orderId", order)
                        .singleResult());
        assertEquals(Quantity.of("30", Unit.UNIT), record.batchYield);
        assertEquals(Quantity.of("1296.6", Unit.MG), record.components.get(0).quantityUsed);
        assertEquals(Quantity.of("4.2", Unit.G), record.components.get(1).quantityUsed);
    }
}
