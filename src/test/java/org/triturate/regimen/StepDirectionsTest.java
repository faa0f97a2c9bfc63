package org.triturate.regimen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.DosageForm;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;

class StepDirectionsTest {

    private static final LocalDate START = LocalDate.of(2026, 12, 7);

    private static String directions(int count, DosageForm form, String amount, Unit unit, int timesPerDay, int days) {
        PlannedStep step =
                PlannedStep.of(1, START, Quantity.of("10", Unit.MG), Quantity.of(amount, unit), timesPerDay, days);
        return StepDirections.of(count, form, step);
    }

    @Test
    void theContractsExample() {
        assertEquals(
                "Step 1 of 2: take 1 capsule by mouth once daily for 14 days, from 2026-12-07 to 2026-12-20",
                directions(2, DosageForm.CAPSULE, "1", Unit.UNIT, 1, 14));
    }

    @Test
    void countedFormsAreNamedAndPluralised() {
        assertEquals(
                "Step 1 of 3: take 2 tablets by mouth twice daily for 7 days, from 2026-12-07 to 2026-12-13",
                directions(3, DosageForm.TABLET, "2", Unit.UNIT, 2, 7));
        assertEquals(
                "Step 1 of 2: dissolve 1 troche between cheek and gum 3 times daily for 1 day, from 2026-12-07 to "
                        + "2026-12-07",
                directions(2, DosageForm.TROCHE, "1", Unit.UNIT, 3, 1));
        assertEquals(
                "Step 1 of 2: insert 2 suppositories rectally once daily for 10 days, from 2026-12-07 to 2026-12-16",
                directions(2, DosageForm.SUPPOSITORY, "2", Unit.UNIT, 1, 10));
    }

    @Test
    void liquidsAreMeasuredInMillilitresAndTopicalsAppliedInGrams() {
        assertEquals(
                "Step 1 of 4: take 2.5 mL by mouth twice daily for 14 days, from 2026-12-07 to 2026-12-20",
                directions(4, DosageForm.ORAL_SUSPENSION, "2.50", Unit.ML, 2, 14));
        assertEquals(
                "Step 1 of 2: apply 1 g to the skin 4 times daily for 28 days, from 2026-12-07 to 2027-01-03",
                directions(2, DosageForm.TOPICAL_CREAM, "1", Unit.G, 4, 28));
        assertEquals(
                "Step 1 of 2: spray 0.1 mL into the nose once daily for 14 days, from 2026-12-07 to 2026-12-20",
                directions(2, DosageForm.NASAL_SPRAY, "0.1", Unit.ML, 1, 14));
    }

    @Test
    void theStepIndexAndCountComeFromTheSchedule() {
        RegimenPrescription.Step capsule =
                new RegimenPrescription.Step(Quantity.of("37.5", Unit.MG), Quantity.of("1", Unit.UNIT), 1, 28);
        RegimenPrescription.Step first =
                new RegimenPrescription.Step(Quantity.of("31.25", Unit.MG), Quantity.of("1", Unit.UNIT), 1, 14);
        RegimenPrescription prescription = new RegimenPrescription(
                RegimenKind.TITRATION,
                5L,
                2L,
                null,
                DosageForm.CAPSULE,
                3L,
                null,
                null,
                START,
                null,
                List.of(first, capsule),
                Set.of(),
                null,
                null);
        PlannedStep second = prescription.schedule().get(1);
        assertEquals(LocalDate.of(2026, 12, 21), second.startOn());
        assertEquals(Quantity.of("28", Unit.UNIT), second.quantity());
        assertEquals(
                "Step 2 of 2: take 1 capsule by mouth once daily for 28 days, from 2026-12-21 to 2027-01-17",
                prescription.submissionOf(second).content().directions());
    }
}
