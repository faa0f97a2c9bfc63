package org.triturate.formulation.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.triturate.catalog.DosageForm;
import org.triturate.common.quantity.Quantity;
import org.triturate.formulation.BudSource;
import org.triturate.formulation.FormulationDraft;
import org.triturate.formulation.PreparationType;
import org.triturate.formulation.StorageCondition;

/**
 * A master formulation as a pharmacist writes it: the body of POST /formulations and of POST
 * /formulations/{id}/versions. {@code overagePercent} defaults to 0.
 */
public record FormulationRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull DosageForm dosageForm,

        @NotNull @Size(min = 1, max = 10, message = "must list between 1 and 10 actives")
        List<@Valid @NotNull ActiveLine> actives,

        @Size(max = 30) List<@Valid @NotNull ExcipientLine> excipients,
        @NotNull PreparationType preparationType,
        @NotNull StorageCondition storage,
        @NotNull @Positive @Max(3650) Integer budDays,
        @NotNull BudSource budSource,
        @Size(max = 1000) String budReference,

        @PositiveOrZero @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal overagePercent,

        @Size(max = 2000) String physicalDescription,
        @Size(max = 2000) String containerClosure,
        @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 2000) String> steps,
        @Size(max = 50) List<@NotBlank @Size(max = 500) String> qualityControl,
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> auxiliaryLabels) {

    /** An active and its amount per unit of the preparation (mg per capsule, mg/mL, mg/g). */
    public record ActiveLine(
            @NotNull @Positive Long ingredientId, @NotNull Quantity amountPerUnit) {

        FormulationDraft.Active draft() {
            return new FormulationDraft.Active(ingredientId, amountPerUnit);
        }
    }

    /** An excipient with its function and either {@code qs: true} or an amount per unit, never both. */
    public record ExcipientLine(
            @NotNull @Positive Long ingredientId,
            @NotBlank @Size(max = 100) String function,
            Boolean qs,
            Quantity amountPerUnit) {

        FormulationDraft.Excipient draft() {
            return new FormulationDraft.Excipient(ingredientId, function, Boolean.TRUE.equals(qs), amountPerUnit);
        }
    }

    public FormulationDraft draft() {
        return new FormulationDraft(
                name,
                dosageForm,
                actives.stream().map(ActiveLine::draft).toList(),
                excipients == null
                        ? List.of()
                        : excipients.stream().map(ExcipientLine::draft).toList(),
                preparationType,
                storage,
                budDays,
                budSource,
                budReference,
                overagePercent,
                physicalDescription,
                containerClosure,
                steps,
                qualityControl,
                auxiliaryLabels);
    }
}
