package org.triturate.formulation;

import java.math.BigDecimal;
import java.util.List;
import org.triturate.catalog.DosageForm;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.text.FreeText;

/**
 * A master formulation as a pharmacist writes it, for a new record or the next version of one. Texts are trimmed
 * and a blank optional text is none; the overage defaults to 0.
 */
public record FormulationDraft(
        String name,
        DosageForm dosageForm,
        List<Active> actives,
        List<Excipient> excipients,
        PreparationType preparationType,
        StorageCondition storage,
        int budDays,
        BudSource budSource,
        String budReference,
        BigDecimal overagePercent,
        String physicalDescription,
        String containerClosure,
        List<String> steps,
        List<String> qualityControl,
        List<String> auxiliaryLabels) {

    public FormulationDraft {
        name = name.trim();
        actives = List.copyOf(actives);
        excipients = excipients == null ? List.of() : List.copyOf(excipients);
        budReference = FreeText.trimmedOrNull(budReference);
        overagePercent = overagePercent == null ? BigDecimal.ZERO : overagePercent;
        physicalDescription = FreeText.trimmedOrNull(physicalDescription);
        containerClosure = FreeText.trimmedOrNull(containerClosure);
        steps = List.copyOf(steps);
        qualityControl = qualityControl == null ? List.of() : List.copyOf(qualityControl);
        auxiliaryLabels = auxiliaryLabels == null ? List.of() : List.copyOf(auxiliaryLabels);
    }

    /** An active and its amount per unit of the preparation (mg per capsule, mg/mL, mg/g). */
    public record Active(long ingredientId, Quantity amountPerUnit) {}

    /** An excipient with its function and either {@code qs} or an amount per unit. */
    public record Excipient(long ingredientId, String function, boolean qs, Quantity amountPerUnit) {

        public Excipient {
            function = function.trim();
        }
    }

    public boolean hasBudReference() {
        return budReference != null;
    }
}
