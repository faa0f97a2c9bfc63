package org.triturate.formulation.rule;

import org.triturate.catalog.DosageForm;
import org.triturate.formulation.BudSource;
import org.triturate.formulation.PreparationType;
import org.triturate.formulation.StorageCondition;

/** Formulation drafts for rule tests: by default dye-free sertraline capsules at the USP default of 180 days. */
final class Drafts {

    private Drafts() {
    }

    static FormulationDraft capsules() {
        return new FormulationDraft(DosageForm.CAPSULE, PreparationType.NONAQUEOUS_SOLID,
                StorageCondition.ROOM_TEMPERATURE, 180, BudSource.USP_DEFAULT, null);
    }

    static FormulationDraft of(DosageForm form, PreparationType type, StorageCondition storage) {
        return new FormulationDraft(form, type, storage, type.defaultBudDays(), BudSource.USP_DEFAULT, null);
    }

    static FormulationDraft withBud(PreparationType type, int budDays, BudSource source, String reference) {
        return new FormulationDraft(DosageForm.ORAL_SUSPENSION, type, StorageCondition.REFRIGERATED, budDays, source,
                reference);
    }
}
