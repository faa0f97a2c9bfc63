package org.triturate.catalog.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.triturate.catalog.AllergenClass;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.ProductStatus;
import org.triturate.catalog.ReleaseType;
import org.triturate.catalog.service.ProductDetails;
import org.triturate.common.quantity.Quantity;

/**
 * A commercial product as recorded (POST and PUT); {@code strength} is stated as its label states it. Omitted, the
 * product releases immediately and its allergen classes are taken as complete.
 */
public record ProductRequest(
        @NotNull Long ingredientId,
        @NotBlank @Size(max = 200) String name,
        @NotNull DosageForm dosageForm,
        @NotNull Quantity strength,
        List<@NotNull AllergenClass> allergenClasses,
        Boolean allergensUnknown,
        ReleaseType releaseType,
        @NotNull ProductStatus status,
        @NotBlank @Size(max = 1000) String source) {

    public ProductDetails toDetails() {
        return new ProductDetails(
                ingredientId,
                name,
                dosageForm,
                strength,
                AllergenClass.setOf(allergenClasses),
                Boolean.TRUE.equals(allergensUnknown),
                releaseType == null ? ReleaseType.IMMEDIATE : releaseType,
                status,
                source);
    }
}
