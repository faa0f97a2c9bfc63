package org.triturate.catalog.service;

import java.math.BigDecimal;
import java.util.Set;
import org.triturate.catalog.AllergenClass;
import org.triturate.catalog.DeaSchedule;
import org.triturate.catalog.IngredientRole;
import org.triturate.catalog.StrengthBasis;
import org.triturate.common.quantity.Quantity;

/** What an ingredient is recorded with, when created or replaced; the optional attributes may be null. */
public record IngredientDetails(
        String name,
        IngredientRole role,
        Set<AllergenClass> allergenClasses,
        DeaSchedule deaSchedule,
        String activeMoiety,
        StrengthBasis strengthBasis,
        BigDecimal saltFactor,
        BigDecimal potencyPercent,
        Quantity maxDailyDose,
        Quantity maxSingleDose,
        boolean withdrawnForSafety,
        boolean remsRestricted,
        String safetyNotice,
        String source) {}
