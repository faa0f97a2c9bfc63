package org.triturate.compounding.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.DosageForm;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.compounding.FederalCaution;
import org.triturate.formulation.StorageCondition;

class LabelViewTest {

    private static LabelView label(LabelView.Active active, String federalCaution) {
        return new LabelView(
                new LabelView.Pharmacy("Triturate Demo Pharmacy", "100 Example Street, Salem, OR 97301", "+1 503"),
                "CO-2026-000042",
                "CO-2026-000042",
                LocalDate.parse("2026-11-23"),
                new LabelView.Person("Sam Okafor"),
                new LabelView.Person("Ada Moreau"),
                List.of(active),
                DosageForm.CAPSULE,
                new Quantity(new BigDecimal("30"), Unit.UNIT),
                "Take 1 capsule by mouth once daily",
                "PL-2026-000042",
                LocalDate.parse("2026-11-22"),
                LocalDate.parse("2027-03-31"),
                StorageCondition.ROOM_TEMPERATURE,
                List.of("Do not stop taking suddenly"),
                federalCaution,
                LabelView.STATEMENT);
    }

    private static LabelView.Active sertraline() {
        return new LabelView.Active(
                1, "Sertraline", new Quantity(new BigDecimal("37.5"), Unit.MG), "sertraline hydrochloride");
    }

    @Test
    void theSaltWeighedIsNamedAfterTheBaseStrength() {
        List<String> lines = label(sertraline(), null).lines();
        assertTrue(lines.contains("Sertraline 37.5 mg (as sertraline hydrochloride)"), lines::toString);
    }

    @Test
    void theRxLineCarriesThePrescriptionNumberAndTheDayOfFilling() {
        List<String> lines = label(sertraline(), null).lines();
        assertTrue(lines.contains("Rx CO-2026-000042   Filled 2026-11-23"), lines::toString);
    }

    @Test
    void theFederalCautionPrintsBeforeTheCompoundingStatementOnlyWhenSet() {
        List<String> cautioned = label(sertraline(), FederalCaution.TEXT).lines();
        assertEquals(
                List.of(FederalCaution.TEXT, LabelView.STATEMENT),
                cautioned.subList(cautioned.size() - 2, cautioned.size()));
        assertFalse(label(sertraline(), null).lines().contains(FederalCaution.TEXT));
    }
}
