package org.triturate.formulation.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.triturate.catalog.DosageForm;
import org.triturate.common.rule.Finding;
import org.triturate.formulation.BudSource;
import org.triturate.formulation.FormulationDraft;
import org.triturate.formulation.PreparationType;
import org.triturate.formulation.StorageCondition;

/**
 * Formulation facts for rule tests: by default dye-free sertraline capsules at the USP default of 180 days. The
 * beyond-use-date rules do not read ingredient lines, so these drafts have none.
 */
final class Drafts {

    private Drafts() {}

    static FormulationFacts capsules() {
        return facts(
                DosageForm.CAPSULE,
                PreparationType.NONAQUEOUS_SOLID,
                StorageCondition.ROOM_TEMPERATURE,
                180,
                BudSource.USP_DEFAULT,
                null);
    }

    static FormulationFacts of(DosageForm form, PreparationType type, StorageCondition storage) {
        return facts(form, type, storage, type.defaultBudDays(), BudSource.USP_DEFAULT, null);
    }

    static FormulationFacts withBud(PreparationType type, int budDays, BudSource source, String reference) {
        return facts(DosageForm.ORAL_SUSPENSION, type, StorageCondition.REFRIGERATED, budDays, source, reference);
    }

    /** The one finding of a rule that finds at most one thing; fails unless there is exactly one. */
    static Finding single(List<Finding> findings) {
        assertEquals(1, findings.size(), findings::toString);
        return findings.get(0);
    }

    private static FormulationFacts facts(
            DosageForm form,
            PreparationType type,
            StorageCondition storage,
            int budDays,
            BudSource source,
            String reference) {
        return new FormulationFacts(
                new FormulationDraft(
                        "Test formulation",
                        form,
                        List.of(),
                        List.of(),
                        type,
                        storage,
                        budDays,
                        source,
                        reference,
                        null,
                        null,
                        null,
                        List.of("Mix"),
                        null,
                        null),
                Map.of());
    }
}
