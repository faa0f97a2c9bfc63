package org.triturate.order.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.triturate.catalog.AllergenClass;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.ReleaseType;
import org.triturate.common.quantity.Quantity;
import org.triturate.order.OrderContent;
import org.triturate.order.RationaleCategory;
import org.triturate.order.ReceivedVia;
import org.triturate.order.Submission;

/**
 * A compounding order as a prescriber (or a pharmacist transcribing) submits it: the body of POST and PUT
 * /api/v1/orders. What a rule needs but is missing (patient, rationale, consent) is left to the rules, which
 * answer 422 with their own code; only the shape of the request is checked here (400).
 */
@Schema(examples = """
        {"patientId": 12, "dosageForm": "CAPSULE", "releaseType": "IMMEDIATE",
         "actives": [{"ingredientId": 1, "strength": {"value": 37.5, "unit": "mg"}}],
         "excludedAllergens": ["DYE"], "quantity": {"value": 30, "unit": "unit"},
         "dose": {"amount": {"value": 1, "unit": "unit"}, "timesPerDay": 1},
         "directions": "Take 1 capsule by mouth once daily", "daysSupply": 30, "refills": 2,
         "clinicalRationale": {"categories": ["CUSTOM_STRENGTH"],
                               "text": "Cannot tolerate the step from 25 mg to 50 mg"},
         "informedConsent": {"obtained": true, "alternativesDiscussed": true, "date": "2026-11-30"},
         "reassessBy": "2027-01-30", "writtenOn": "2026-11-30"}""")
public record OrderRequest(
        @Positive Long patientId,
        @Positive Long prescriberId,
        ReceivedVia receivedVia,
        @NotNull DosageForm dosageForm,
        // Left out of the idempotency hash when absent, so a retry sent before these v2 fields existed still matches.
        @JsonInclude(JsonInclude.Include.NON_NULL) ReleaseType releaseType,

        @NotNull @Size(min = 1, max = 10, message = "must list between 1 and 10 actives")
        List<@Valid @NotNull ActiveRequest> actives,

        @Size(max = 20) List<@NotNull AllergenClass> excludedAllergens,
        @NotNull Quantity quantity,
        @Valid @NotNull DoseRequest dose,
        @NotBlank @Size(max = 1000) String directions,
        @Positive @Max(366) Integer daysSupply,
        @PositiveOrZero @Max(99) Integer refills,
        @Valid RationaleRequest clinicalRationale,
        @Valid ConsentRequest informedConsent,
        LocalDate reassessBy,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate writtenOn) {

    public record ActiveRequest(
            @Positive Long ingredientId, @NotNull Quantity strength) {}

    public record DoseRequest(
            @NotNull Quantity amount,
            @NotNull @Min(1) @Max(24) Integer timesPerDay) {}

    public record RationaleRequest(
            @Size(max = 4) List<@NotNull RationaleCategory> categories,
            @Size(max = 2000) String text) {

        /** The categories of a rationale that may be absent: none when it or its categories are. */
        public static Set<RationaleCategory> categoriesOf(RationaleRequest rationale) {
            return rationale == null || rationale.categories() == null ? Set.of() : Set.copyOf(rationale.categories());
        }

        /** The text of a rationale that may be absent; null is left to the rationale rule. */
        public static String textOf(RationaleRequest rationale) {
            return rationale == null ? null : rationale.text();
        }
    }

    public record ConsentRequest(Boolean obtained, Boolean alternativesDiscussed, LocalDate date) {

        /** The consent a request gave, null when it gave none (the consent rule reports that). */
        public static OrderContent.Consent of(ConsentRequest consent) {
            return consent == null
                    ? null
                    : new OrderContent.Consent(consent.obtained(), consent.alternativesDiscussed(), consent.date());
        }
    }

    /**
     * The submission this body asks for; what it leaves out (refills, exclusions, rationale) is none, a left-out
     * release type is IMMEDIATE and a left-out writtenOn is today's, which only intake knows.
     */
    public Submission submission() {
        return new Submission(
                patientId,
                prescriberId,
                receivedVia,
                new OrderContent(
                        dosageForm,
                        releaseType,
                        actives.stream()
                                .map(active -> new OrderContent.Active(active.ingredientId(), active.strength()))
                                .toList(),
                        AllergenClass.setOf(excludedAllergens),
                        quantity,
                        dose.amount(),
                        dose.timesPerDay(),
                        directions,
                        daysSupply,
                        refills == null ? 0 : refills,
                        RationaleRequest.categoriesOf(clinicalRationale),
                        RationaleRequest.textOf(clinicalRationale),
                        ConsentRequest.of(informedConsent),
                        reassessBy,
                        writtenOn));
    }
}
