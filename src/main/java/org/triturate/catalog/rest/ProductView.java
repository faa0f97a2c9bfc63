package org.triturate.catalog.rest;

import java.util.List;
import org.triturate.catalog.AllergenClass;
import org.triturate.catalog.CommercialProduct;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.ProductStatus;
import org.triturate.common.quantity.Quantity;

public record ProductView(
        long id,
        long ingredientId,
        String name,
        DosageForm dosageForm,
        Quantity strength,
        List<AllergenClass> allergenClasses,
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
                product.status,
                product.source,
                product.version);
    }
}
