package org.triturate.formulation.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;
import org.triturate.formulation.FormulationDraft;

/**
 * PREPARATION_TYPE_MISMATCH: nonaqueous solids are unit forms, nonaqueous oral liquids are oral liquids, aqueous
 * preparations are liquids or semisolids.
 */
public final class PreparationTypeFitsForm implements Rule<FormulationFacts> {

    @Override
    public List<Finding> check(FormulationFacts facts) {
        FormulationDraft draft = facts.draft();
        if (draft.preparationType().fits(draft.dosageForm())) {
            return List.of();
        }
        return List.of(Finding.block(
                RuleCode.PREPARATION_TYPE_MISMATCH,
                "preparationType",
                draft.preparationType() + " does not fit " + draft.dosageForm()));
    }
}
