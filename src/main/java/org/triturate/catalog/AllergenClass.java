package org.triturate.catalog;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** Allergen and intolerance classes of ingredients, products and patient allergies (docs/api-guide.md, "Registries and reference data"). */
public enum AllergenClass {
    DYE,
    GLUTEN,
    LACTOSE,
    SUGAR,
    SORBITOL,
    ALCOHOL,
    PARABEN,
    SULFITE,
    ASPARTAME,
    PEANUT,
    SOY,
    GELATIN,
    CORN;

    /** The classes of a request as a set; none when the list is absent. */
    public static Set<AllergenClass> setOf(Collection<AllergenClass> classes) {
        return classes == null || classes.isEmpty() ? EnumSet.noneOf(AllergenClass.class) : EnumSet.copyOf(classes);
    }
}
