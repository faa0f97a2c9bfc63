package org.triturate.catalog.snapshot;

import org.triturate.catalog.CompatibilityEvidence;
import org.triturate.catalog.CompatibilityStatus;
import org.triturate.catalog.DosageForm;

/** A compatibility record as the order rules read it; the pair is stored with the smaller ingredient id first. */
public record CatalogCompatibility(
        long id, long firstIngredientId, long secondIngredientId, DosageForm dosageForm, CompatibilityStatus status) {

    static CatalogCompatibility of(CompatibilityEvidence evidence) {
        return new CatalogCompatibility(
                evidence.id,
                evidence.firstIngredientId,
                evidence.secondIngredientId,
                evidence.dosageForm,
                evidence.status);
    }
}
