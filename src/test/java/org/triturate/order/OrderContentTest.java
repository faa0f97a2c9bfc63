package org.triturate.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.AllergenClass;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.ReleaseType;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;

/** A stored order reads back as the content that was submitted, so that approval judges what was accepted. */
class OrderContentTest {

    private static final LocalDate CONSENTED = LocalDate.of(2026, 11, 20);

    @Test
    void aStoredOrderReadsBackAsItsSubmittedContent() {
        OrderContent submitted = new OrderContent(
                DosageForm.CAPSULE,
                ReleaseType.EXTENDED,
                List.of(new OrderContent.Active(1L, Quantity.of("37.5", Unit.MG))),
                EnumSet.of(AllergenClass.DYE),
                Quantity.of("30", Unit.UNIT),
                Quantity.of("1", Unit.UNIT),
                1,
                "One capsule daily",
                30,
                2,
                EnumSet.of(RationaleCategory.CUSTOM_STRENGTH),
                "Cannot tolerate the step from 25 mg to 50 mg",
                new OrderContent.Consent(true, true, CONSENTED),
                LocalDate.of(2027, 2, 1),
                LocalDate.of(2026, 11, 19));
        assertEquals(submitted, OrderContent.of(stored(submitted)));
    }

    @Test
    void whatWasLeftOutReadsBackAsNone() {
        OrderContent content = new OrderContent(
                DosageForm.CAPSULE,
                null,
                List.of(new OrderContent.Active(1L, Quantity.of("37.5", Unit.MG))),
                null,
                Quantity.of("30", Unit.UNIT),
                Quantity.of("1", Unit.UNIT),
                1,
                "One capsule daily",
                null,
                0,
                Set.of(),
                null,
                null,
                null,
                null);
        assertEquals(ReleaseType.IMMEDIATE, content.releaseType());
        assertEquals(EnumSet.noneOf(AllergenClass.class), content.excludedAllergens());
        assertEquals(EnumSet.noneOf(RationaleCategory.class), content.rationaleCategories());
    }

    /** The order as intake records {@code content} (the daily dose is the rules' business, not the content's). */
    private static CompoundingOrder stored(OrderContent content) {
        CompoundingOrder order = new CompoundingOrder();
        order.dosageForm = content.dosageForm();
        order.releaseType = content.releaseType();
        content.actives()
                .forEach(active -> order.actives.add(
                        OrderActive.of(active.ingredientId(), active.strength(), Quantity.of("37.5", Unit.MG))));
        order.requestedExclusions = content.excludedAllergens();
        order.excludedAllergens = EnumSet.of(AllergenClass.DYE, AllergenClass.LACTOSE);
        order.quantity(content.quantity());
        order.doseAmount(content.doseAmount());
        order.timesPerDay = content.timesPerDay();
        order.directions = content.directions();
        order.daysSupply = content.daysSupply();
        order.refills = content.refills();
        order.rationaleCategories = content.rationaleCategories();
        order.rationaleText = content.rationaleText();
        order.consentObtained = content.consent().obtained();
        order.consentAlternativesDiscussed = content.consent().alternativesDiscussed();
        order.consentDate = content.consent().date();
        order.reassessBy = content.reassessBy();
        order.writtenOn = content.writtenOn();
        return order;
    }
}
