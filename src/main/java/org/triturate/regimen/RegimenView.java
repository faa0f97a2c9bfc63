package org.triturate.regimen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.triturate.catalog.AllergenClass;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.ReleaseType;
import org.triturate.common.quantity.Quantity;
import org.triturate.order.CompoundingOrder;
import org.triturate.order.OrderStatus;
import org.triturate.order.OrderView.DoseView;
import org.triturate.order.RationaleCategory;
import org.triturate.order.ReceivedVia;

/** A regimen as the API shows it: the schedule as prescribed, each step with its order's number and status. */
public record RegimenView(
        long id,
        String number,
        RegimenKind kind,
        RegimenStatus status,
        long version,
        long patientId,
        long prescriberId,
        ReceivedVia receivedVia,
        DosageForm dosageForm,
        long ingredientId,
        ReleaseType releaseType,

        @Schema(description = "The effective exclusions of the step orders (requested plus the patient's allergies)")
        List<AllergenClass> excludedAllergens,

        List<RationaleCategory> rationaleCategories,
        LocalDate startOn,

        @Schema(description = "The last day of the last step, inclusive")
        LocalDate endOn,

        LocalDate writtenOn,

        @Schema(description = "The last day the prescription may be filled")
        LocalDate expiresOn,

        Instant createdAt,
        List<StepView> steps) {

    /** One step: {@code index} is 1-based, {@code endOn} inclusive. */
    public record StepView(
            int index,
            long orderId,
            String orderNumber,
            OrderStatus orderStatus,
            LocalDate startOn,
            LocalDate endOn,
            Quantity strength,
            DoseView dose,
            int days,
            Quantity quantity) {}

    public static RegimenView of(RegimenDetails details) {
        Regimen regimen = details.regimen();
        List<StepView> steps = new ArrayList<>();
        List<CompoundingOrder> orders = details.stepOrders();
        for (int i = 0; i < regimen.steps.size(); i++) {
            RegimenStep step = regimen.steps.get(i);
            CompoundingOrder order = orders.get(i);
            steps.add(new StepView(
                    i + 1,
                    step.orderId,
                    order.number,
                    order.status,
                    step.startOn,
                    step.endOn,
                    step.strength(),
                    new DoseView(step.doseAmount(), step.timesPerDay),
                    step.days,
                    step.quantity()));
        }
        CompoundingOrder first = orders.get(0);
        return new RegimenView(
                regimen.id,
                regimen.number,
                regimen.kind,
                details.status(),
                regimen.version,
                regimen.patientId,
                regimen.prescriberId,
                regimen.receivedVia,
                regimen.dosageForm,
                regimen.ingredientId,
                regimen.releaseType,
                first.excludedAllergens.stream().sorted().toList(),
                first.rationaleCategories.stream().sorted().toList(),
                regimen.startOn,
                regimen.endOn,
                regimen.writtenOn,
                regimen.expiresOn,
                regimen.createdAt,
                steps);
    }
}
