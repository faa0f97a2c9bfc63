package org.triturate.regimen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.triturate.catalog.AllergenClass;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.ReleaseType;
import org.triturate.common.quantity.Quantity;
import org.triturate.order.OrderContent;
import org.triturate.order.RationaleCategory;
import org.triturate.order.ReceivedVia;
import org.triturate.order.Submission;

/**
 * A titration or taper as a prescriber (or a pharmacist transcribing one) asks for it: one active in one dosage
 * form, taken in consecutive steps from {@code startOn}. What a rule needs but is missing (patient, rationale,
 * consent) stays null: each step's order rules report it.
 *
 * @param prescriberId null: the calling prescriber
 * @param writtenOn    null: today (intake decides)
 */
public record RegimenPrescription(
        RegimenKind kind,
        Long patientId,
        Long prescriberId,
        ReceivedVia receivedVia,
        DosageForm dosageForm,
        Long ingredientId,
        ReleaseType releaseType,
        Set<AllergenClass> excludedAllergens,
        LocalDate startOn,
        LocalDate writtenOn,
        List<Step> steps,
        Set<RationaleCategory> rationaleCategories,
        String rationaleText,
        OrderContent.Consent consent) {

    public RegimenPrescription {
        excludedAllergens = AllergenClass.setOf(excludedAllergens);
        steps = List.copyOf(steps);
        rationaleCategories = Set.copyOf(rationaleCategories);
    }

    /** One step as prescribed: this strength, in doses of this amount, so many times a day, for so many days. */
    public record Step(Quantity strength, Quantity doseAmount, int timesPerDay, int days) {}

    /** The steps one after the other: each starts the day after the one before ends. */
    public List<PlannedStep> schedule() {
        List<PlannedStep> planned = new ArrayList<>();
        LocalDate next = startOn;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            PlannedStep plannedStep =
                    PlannedStep.of(i + 1, next, step.strength(), step.doseAmount(), step.timesPerDay(), step.days());
            planned.add(plannedStep);
            next = plannedStep.endOn().plusDays(1);
        }
        return planned;
    }

    /**
     * The order of one step: the regimen's active at the step's strength, the step's dose, enough for its days,
     * generated directions, no refills, and everything else (form, release, exclusions, rationale, consent,
     * writtenOn) the regimen's.
     */
    public Submission submissionOf(PlannedStep step) {
        return submission(
                step.strength(),
                step.quantity(),
                step.doseAmount(),
                step.timesPerDay(),
                StepDirections.of(steps.size(), dosageForm, step),
                step.days());
    }

    /** The regimen as one submission without a step: what must make sense for the caller whatever the steps. */
    public Submission asAWhole() {
        return submission(null, null, null, 1, "", null);
    }

    private Submission submission(
            Quantity strength,
            Quantity quantity,
            Quantity doseAmount,
            int timesPerDay,
            String directions,
            Integer days) {
        return new Submission(
                patientId,
                prescriberId,
                receivedVia,
                new OrderContent(
                        dosageForm,
                        releaseType,
                        List.of(new OrderContent.Active(ingredientId, strength)),
                        excludedAllergens,
                        quantity,
                        doseAmount,
                        timesPerDay,
                        directions,
                        days,
                        0,
                        rationaleCategories,
                        rationaleText,
                        consent,
                        null,
                        writtenOn));
    }
}
