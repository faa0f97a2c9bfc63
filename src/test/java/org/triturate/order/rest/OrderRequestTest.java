package org.triturate.order.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.AllergenClass;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.ReleaseType;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.order.OrderContent;
import org.triturate.order.RationaleCategory;
import org.triturate.order.ReceivedVia;
import org.triturate.order.Submission;

/** The body of POST and PUT becomes a submission: its parties and channel, and its content. */
class OrderRequestTest {

    private static final Quantity STRENGTH = Quantity.of("37.5", Unit.MG);

    @Test
    void everyFieldOfTheBodyReachesTheSubmission() {
        LocalDate consented = LocalDate.of(2026, 11, 20);
        OrderRequest request = new OrderRequest(
                3L,
                4L,
                ReceivedVia.FAX,
                DosageForm.CAPSULE,
                ReleaseType.EXTENDED,
                List.of(new OrderRequest.ActiveRequest(1L, STRENGTH)),
                List.of(AllergenClass.DYE),
                Quantity.of("30", Unit.UNIT),
                new OrderRequest.DoseRequest(Quantity.of("1", Unit.UNIT), 2),
                "One capsule twice daily",
                15,
                3,
                new OrderRequest.RationaleRequest(List.of(RationaleCategory.CUSTOM_STRENGTH), "Between strengths"),
                new OrderRequest.ConsentRequest(true, false, consented),
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2026, 11, 18));
        assertEquals(
                new Submission(
                        3L,
                        4L,
                        ReceivedVia.FAX,
                        new OrderContent(
                                DosageForm.CAPSULE,
                                ReleaseType.EXTENDED,
                                List.of(new OrderContent.Active(1L, STRENGTH)),
                                EnumSet.of(AllergenClass.DYE),
                                Quantity.of("30", Unit.UNIT),
                                Quantity.of("1", Unit.UNIT),
                                2,
                                "One capsule twice daily",
                                15,
                                3,
                                EnumSet.of(RationaleCategory.CUSTOM_STRENGTH),
                                "Between strengths",
                                new OrderContent.Consent(true, false, consented),
                                LocalDate.of(2027, 1, 1),
                                LocalDate.of(2026, 11, 18))),
                request.submission());
    }

    @Test
    void whatTheBodyLeavesOutIsNoneForTheRulesToJudge() {
        OrderRequest request = new OrderRequest(
                null,
                null,
                null,
                DosageForm.CAPSULE,
                null,
                List.of(new OrderRequest.ActiveRequest(null, STRENGTH)),
                null,
                Quantity.of("30", Unit.UNIT),
                new OrderRequest.DoseRequest(Quantity.of("1", Unit.UNIT), 1),
                "One capsule daily",
                null,
                null,
                null,
                null,
                null,
                null);
        OrderContent content = request.submission().content();
        assertEquals(0, content.refills());
        assertEquals(EnumSet.noneOf(AllergenClass.class), content.excludedAllergens());
        assertEquals(EnumSet.noneOf(RationaleCategory.class), content.rationaleCategories());
        assertNull(content.rationaleText());
        assertNull(content.consent());
        assertNull(content.actives().get(0).ingredientId());
        assertEquals(ReleaseType.IMMEDIATE, content.releaseType());
        assertNull(content.writtenOn());
    }
}
