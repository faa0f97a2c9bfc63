package org.triturate.catalog.service;

import org.triturate.catalog.CompatibilityStatus;
import org.triturate.catalog.DosageForm;

/** New compatibility evidence for a pair of actives, in the order the pharmacist named them. */
public record CompatibilityDetails(
        long firstIngredientId,
        long secondIngredientId,
        DosageForm dosageForm,
        CompatibilityStatus status,
        String reference,
        Integer studyBudDays) {}
