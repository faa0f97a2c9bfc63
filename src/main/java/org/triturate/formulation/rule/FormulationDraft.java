package org.triturate.formulation.rule;

import org.triturate.catalog.DosageForm;
import org.triturate.formulation.BudSource;
import org.triturate.formulation.PreparationType;
import org.triturate.formulation.StorageCondition;

/** What the beyond-use-date rules of a master formulation judge: plain values, no entities. */
public record FormulationDraft(DosageForm dosageForm, PreparationType preparationType, StorageCondition storage,
                               int budDays, BudSource budSource, String budReference) {

    public boolean hasBudReference() {
        return budReference != null && !budReference.isBlank();
    }
}
