package org.triturate.formulation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.triturate.catalog.DosageForm;
import org.triturate.common.quantity.Quantity;

/**
 * One version of a master formulation record as it reads: the API's body, and the snapshot the audit trail keeps of
 * a new version (so it lives beside the entity, not in {@code rest}, which the use cases do not import).
 */
public record FormulationView(
        long id,
        String recordNumber,
        int versionNumber,
        FormulationStatus status,
        String name,
        DosageForm dosageForm,
        List<ActiveView> actives,
        List<ExcipientView> excipients,
        PreparationType preparationType,
        StorageCondition storage,
        int budDays,
        BudSource budSource,
        @Schema(nullable = true) String budReference,
        BigDecimal overagePercent,
        @Schema(nullable = true) String physicalDescription,
        @Schema(nullable = true) String containerClosure,
        List<String> steps,
        List<String> qualityControl,
        List<String> auxiliaryLabels,
        Instant createdAt,
        String createdBy) {

    public record ActiveView(long ingredientId, Quantity amountPerUnit) {}

    /** {@code amountPerUnit} is null for a "qs" excipient. */
    public record ExcipientView(
            long ingredientId,
            String function,
            boolean qs,
            @Schema(nullable = true) Quantity amountPerUnit) {}

    public static FormulationView of(MasterFormulation formulation) {
        return new FormulationView(
                formulation.id,
                formulation.recordNumber,
                formulation.versionNumber,
                formulation.status,
                formulation.name,
                formulation.dosageForm,
                formulation.actives().stream().map(FormulationView::active).toList(),
                formulation.excipients().stream()
                        .map(FormulationView::excipient)
                        .toList(),
                formulation.preparationType,
                formulation.storage,
                formulation.budDays,
                formulation.budSource,
                formulation.budReference,
                formulation.overagePercent.stripTrailingZeros(),
                formulation.physicalDescription,
                formulation.containerClosure,
                formulation.steps,
                formulation.qualityControl,
                formulation.auxiliaryLabels,
                formulation.createdAt,
                formulation.createdBy);
    }

    private static ActiveView active(FormulationIngredient line) {
        return new ActiveView(line.ingredientId, line.amountPerUnit());
    }

    private static ExcipientView excipient(FormulationIngredient line) {
        return new ExcipientView(line.ingredientId, line.function, line.qs, line.amountPerUnit());
    }
}
