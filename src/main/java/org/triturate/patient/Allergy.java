package org.triturate.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.triturate.catalog.AllergenClass;

/** A recorded allergy or intolerance: to an allergen class (GLUTEN) or to one ingredient, never both. */
@Embeddable
public class Allergy {

    @Enumerated(EnumType.STRING)
    @Column(name = "allergen_class")
    public AllergenClass allergenClass;

    @Column(name = "ingredient_id")
    public Long ingredientId;

    @Column
    public String reaction;
}
