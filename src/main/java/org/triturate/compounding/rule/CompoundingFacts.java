package org.triturate.compounding.rule;

import java.time.LocalDate;
import java.util.List;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.SupplierStatus;
import org.triturate.common.quantity.Quantity;
import org.triturate.compounding.WorksheetCalculator.Amount;
import org.triturate.order.PrescriptionFill;

/**
 * What the compounding-record rules judge (docs/order-lifecycle.md, "Compounding record"): the order's prescription
 * and quantity, the components used, the formulation they should cover, and the worksheet weights of its actives.
 * Plain values, no entities.
 *
 * @param today                 the pharmacy's date
 * @param prescriptionExpiresOn the last day the order's prescription may be filled
 * @param dosageForm            the order's dosage form, which the yield is counted in
 * @param orderedQuantity       what the order asks for, which the yield must cover
 * @param ingredients           every ingredient of the formulation (qs ones too), with whether it is an active
 * @param worksheet             the worksheet weight of each active with a weight, by ingredient
 */
public record CompoundingFacts(
        LocalDate today,
        LocalDate prescriptionExpiresOn,
        LocalDate compoundedOn,
        DosageForm dosageForm,
        Quantity orderedQuantity,
        List<UsedComponent> components,
        Quantity batchYield,
        List<FormulationLine> ingredients,
        List<WorksheetWeight> worksheet,
        String deviationNote)
        implements PrescriptionFill {

    public CompoundingFacts {
        components = List.copyOf(components);
        ingredients = List.copyOf(ingredients);
        worksheet = List.copyOf(worksheet);
    }

    /**
     * One lot used, as {@code components[index]} of the request.
     *
     * @param supplier null when no such supplier is registered
     */
    public record UsedComponent(
            int index,
            long ingredientId,
            SupplierFacts supplier,
            String lotNumber,
            LocalDate expiresOn,
            Quantity quantityUsed) {

        public String field() {
            return "components[" + index + "]";
        }
    }

    public record SupplierFacts(String name, SupplierStatus status, boolean fdaRegistered) {}

    public record FormulationLine(long ingredientId, String name, boolean active) {}

    public record WorksheetWeight(long ingredientId, String name, Amount weight) {}

    public boolean hasDeviationNote() {
        return deviationNote != null && !deviationNote.isBlank();
    }

    public boolean isActive(long ingredientId) {
        return ingredients.stream().anyMatch(line -> line.ingredientId() == ingredientId && line.active());
    }

    public boolean isFormulated(long ingredientId) {
        return ingredients.stream().anyMatch(line -> line.ingredientId() == ingredientId);
    }
}
