package org.triturate.catalog.service;

import java.util.Set;
import org.triturate.catalog.AllergenClass;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.ProductStatus;
import org.triturate.catalog.ReleaseType;
import org.triturate.common.quantity.Quantity;

/** What a commercial product is recorded with, when created or replaced. */
public record ProductDetails(
        long ingredientId,
        String name,
        DosageForm dosageForm,
        Quantity strength,
        Set<AllergenClass> allergenClasses,
        boolean allergensUnknown,
        ReleaseType releaseType,
        ProductStatus status,
        String source) {}
