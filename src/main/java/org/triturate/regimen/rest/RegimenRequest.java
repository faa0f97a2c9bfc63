package org.triturate.regimen.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.triturate.catalog.AllergenClass;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.ReleaseType;
import org.triturate.common.quantity.Quantity;
import org.triturate.order.ReceivedVia;
import org.triturate.order.rest.OrderRequest.ConsentRequest;
import org.triturate.order.rest.OrderRequest.DoseRequest;
import org.triturate.order.rest.OrderRequest.RationaleRequest;
import org.triturate.regimen.RegimenKind;
import org.triturate.regimen.RegimenPrescription;

/**
 * A titration or taper as a prescriber (or a pharmacist transcribing one) submits it: the body of POST
 * /api/v1/regimens. Only the shape is checked here (400); what a rule needs but is missing is left to the rules
 * (422), as for orders. Fewer than two steps is the regimen rule SCHEDULE_EMPTY, not a shape fault.
 */
@Schema(examples = """
        {"kind": "TITRATION", "patientId": 5, "dosageForm": "CAPSULE", "ingredientId": 1,
         "releaseType": "IMMEDIATE", "excludedAllergens": ["DYE"], "startOn": "2026-12-07", "writtenOn": "2026-12-02",
         "steps": [{"strength": {"value": 31.25, "unit": "mg"},
                    "dose": {"amount": {"value": 1, "unit": "unit"}, "timesPerDay": 1}, "days": 14},
                   {"strength": {"value": 37.5, "unit": "mg"},
                    "dose": {"amount": {"value": 1, "unit": "unit"}, "timesPerDay": 1}, "days": 28}],
         "clinicalRationale": {"categories": ["CUSTOM_STRENGTH"],
                               "text": "Stepwise titration; 25 to 50 mg not tolerated"},
         "informedConsent": {"obtained": true, "alternativesDiscussed": true, "date": "2026-12-01"}}""")
public record RegimenRequest(
        @NotNull RegimenKind kind,
        @Positive Long patientId,
        @Positive Long prescriberId,
        ReceivedVia receivedVia,
        @NotNull DosageForm dosageForm,
        @Positive Long ingredientId,
        @JsonInclude(JsonInclude.Include.NON_NULL) ReleaseType releaseType,
        @Size(max = 20) List<@NotNull AllergenClass> excludedAllergens,
        @NotNull LocalDate startOn,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate writtenOn,

        @NotNull @Size(max = MAX_STEPS, message = "must list at most " + MAX_STEPS + " steps")
        List<@Valid @NotNull StepRequest> steps,

        @Valid RationaleRequest clinicalRationale,
        @Valid ConsentRequest informedConsent) {

    /** A weekly taper over a year at most; any longer schedule outlasts every prescription anyway. */
    static final int MAX_STEPS = 52;

    /** One step: the strength of its preparation, the dose, and for how many days. */
    public record StepRequest(
            @NotNull Quantity strength,
            @Valid @NotNull DoseRequest dose,
            @NotNull @Positive @Max(366) Integer days) {}

    /** The regimen this body asks for; left-out exclusions and rationale are none, as for an order. */
    public RegimenPrescription prescription() {
        return new RegimenPrescription(
                kind,
                patientId,
                prescriberId,
                receivedVia,
                dosageForm,
                ingredientId,
                releaseType,
                AllergenClass.setOf(excludedAllergens),
                startOn,
                writtenOn,
                steps.stream()
                        .map(step -> new RegimenPrescription.Step(
                                step.strength(),
                                step.dose().amount(),
                                step.dose().timesPerDay(),
                                step.days()))
                        .toList(),
                RationaleRequest.categoriesOf(clinicalRationale),
                RationaleRequest.textOf(clinicalRationale),
                ConsentRequest.of(informedConsent));
    }
}
