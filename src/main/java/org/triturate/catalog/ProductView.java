package org.triturate.catalog;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.triturate.common.quantity.Quantity;

/** A commercial product as the API shows it and as the audit trail keeps each change of it. */
public record ProductView(
        long id,
        long ingredientId,
        String name,
        DosageForm dosageForm,
        Quantity strength,
        List<AllergenClass> allergenClasses,

        @Schema(description = "True when the excipients could not be sourced, so allergenClasses may be incomplete")
        boolean allergensUnknown,

        ReleaseType releaseType,
        ProductStatus status,
        String source,
        long version) {

    public static ProductView of(CommercialProduct product) {
        return new ProductView(
                product.id,
                product.ingredientId,
                product.name,
                product.dosageForm,
                product.strength(),
                product.allergenClasses.stream().sorted().toList(),
                product.allergensUnknown,
                product.releaseType,
                product.status,
                product.source,
                product.version);
    }
}
