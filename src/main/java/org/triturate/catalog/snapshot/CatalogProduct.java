package org.triturate.catalog.snapshot;

import java.util.Set;
import org.triturate.catalog.AllergenClass;
import org.triturate.catalog.CommercialProduct;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.ProductStatus;
import org.triturate.catalog.ReleaseType;
import org.triturate.common.quantity.Quantity;

/** What the order rules read of a commercial product, immutable so that concurrent requests can share it. */
public record CatalogProduct(
        long id,
        long ingredientId,
        String name,
        DosageForm dosageForm,
        ReleaseType releaseType,
        Quantity strength,
        Set<AllergenClass> allergenClasses,
        boolean allergensUnknown,
        ProductStatus status) {

    public CatalogProduct {
        allergenClasses = Set.copyOf(allergenClasses);
    }

    static CatalogProduct of(CommercialProduct product) {
        return new CatalogProduct(
                product.id,
                product.ingredientId,
                product.name,
                product.dosageForm,
                product.releaseType,
                product.strength(),
                product.allergenClasses,
                product.allergensUnknown,
                product.status);
    }
}
