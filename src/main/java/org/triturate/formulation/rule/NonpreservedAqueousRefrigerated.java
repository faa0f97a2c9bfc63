package org.triturate.formulation.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;
import org.triturate.formulation.FormulationDraft;
import org.triturate.formulation.PreparationType;
import org.triturate.formulation.StorageCondition;

/** STORAGE_REQUIRES_REFRIGERATION: USP &lt;795&gt; gives a nonpreserved aqueous preparation 14 days in a refrigerator. */
public final class NonpreservedAqueousRefrigerated implements Rule<FormulationFacts> {

    @Override
    public List<Finding> check(FormulationFacts facts) {
        FormulationDraft draft = facts.draft();
        if (draft.preparationType() != PreparationType.AQUEOUS_NONPRESERVED
                || draft.storage() == StorageCondition.REFRIGERATED) {
            return List.of();
        }
        return List.of(Finding.block(
                RuleCode.STORAGE_REQUIRES_REFRIGERATION,
                "storage",
                "A nonpreserved aqueous preparation must be stored REFRIGERATED"));
    }
}
