package org.triturate.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.triturate.catalog.AllergenClass;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.ReleaseType;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.rule.Outcome;

/**
 * An order as the API shows it and as the audit trail keeps it when the order is accepted (submission, amendment,
 * approval): the request as accepted, its number, status and dates, and its checks. */
public record OrderView(
        long id,
        String number,
        OrderStatus status,
        long version,
        long patientId,
        long prescriberId,
        ReceivedVia receivedVia,
        DosageForm dosageForm,
        ReleaseType releaseType,
        List<ActiveView> actives,
        List<AllergenClass> excludedAllergens,
        Quantity quantity,
        DoseView dose,
        String directions,
        @Schema(nullable = true) Integer daysSupply,
        int refills,

        @Schema(description = "Refills not yet issued; on a refill, those left on its original when it was issued")
        int refillsRemaining,

        @Schema(nullable = true, description = "The original order this one refills")
        Long refillOf,

        @Schema(description = "1 for the original, 2, 3, … for its refills")
        int fillNumber,

        @Schema(description = "The original's refills, by fill number (empty on a refill)")
        List<FillView> fills,

        @Schema(nullable = true, description = "The regimen this order is a step of")
        Long regimenId,

        @Schema(nullable = true, description = "The 1-based step of the regimen")
        Integer stepIndex,

        RationaleView clinicalRationale,
        ConsentView informedConsent,
        LocalDate writtenOn,
        LocalDate issuedOn,
        LocalDate expiresOn,
        LocalDate reassessBy,
        List<DailyDoseView> dailyDoses,
        List<CheckView> checks,
        Instant createdAt,
        @Schema(nullable = true) Long formulationId,
        @Schema(nullable = true) ReviewView review,
        @Schema(nullable = true) CompoundingView compounding) {

    public record ActiveView(long ingredientId, Quantity strength) {}

    public record DoseView(Quantity amount, int timesPerDay) {}

    public record RationaleView(List<RationaleCategory> categories, String text) {}

    public record ConsentView(
            boolean obtained,
            boolean alternativesDiscussed,
            @Schema(nullable = true) LocalDate date) {}

    public record FillView(long orderId, int fillNumber) {}

    public record DailyDoseView(long ingredientId, Quantity dose) {}

    /** The pharmacist's review; {@code note} is the approval note or the reason of a rejection or change request. */
    public record ReviewView(
            ReviewDecision decision,
            String reviewedBy,
            Instant reviewedAt,
            @Schema(nullable = true) String note) {}

    /** The current preparation; null before compounding and after verification discards it. */
    public record CompoundingView(
            String preparationLot, LocalDate compoundedOn, LocalDate beyondUseDate, String compoundedBy) {}

    public record CheckView(
            String code,
            // A blocking finding never reaches an accepted order: its checks are passes and warnings.
            @Schema(
                    type = SchemaType.STRING,
                    enumeration = {"PASS", "WARN"})
            Outcome outcome,

            String detail) {

        static CheckView of(OrderCheck check) {
            return new CheckView(check.code, check.outcome, check.detail);
        }
    }

    public static OrderView of(CompoundingOrder order) {
        List<OrderActive> actives = order.actives;
        return new OrderView(
                order.id,
                order.number,
                order.status,
                order.version,
                order.patientId,
                order.prescriberId,
                order.receivedVia,
                order.dosageForm,
                order.releaseType,
                actives.stream()
                        .map(a -> new ActiveView(a.ingredientId, a.strength()))
                        .toList(),
                order.excludedAllergens.stream().sorted().toList(),
                order.quantity(),
                new DoseView(order.doseAmount(), order.timesPerDay),
                order.directions,
                order.daysSupply,
                order.refills,
                order.refillsRemaining,
                order.refillOf,
                order.fillNumber,
                order.hasFills()
                        ? order.fills.stream()
                                .map(fill -> new FillView(fill.id, fill.fillNumber))
                                .toList()
                        : List.of(),
                order.regimenId,
                order.stepIndex,
                new RationaleView(order.rationaleCategories.stream().sorted().toList(), order.rationaleText),
                new ConsentView(order.consentObtained, order.consentAlternativesDiscussed, order.consentDate),
                order.writtenOn,
                order.issuedOn,
                order.expiresOn,
                order.reassessBy,
                actives.stream()
                        .map(a -> new DailyDoseView(a.ingredientId, a.dailyDose()))
                        .toList(),
                order.checks.stream().map(CheckView::of).toList(),
                order.createdAt,
                order.formulationId,
                order.reviewDecision == null
                        ? null
                        : new ReviewView(order.reviewDecision, order.reviewedBy, order.reviewedAt, order.reviewNote),
                order.preparationLot == null
                        ? null
                        : new CompoundingView(
                                order.preparationLot, order.compoundedOn, order.beyondUseDate, order.compoundedBy));
    }
}
