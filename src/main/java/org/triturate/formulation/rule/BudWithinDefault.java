package org.triturate.formulation.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;
import org.triturate.formulation.FormulationDraft;

/**
 * BUD_EXCEEDS_DEFAULT: a beyond-use date longer than the USP &lt;795&gt; default of the preparation type needs
 * preparation-specific stability data or a USP-NF compounded monograph, and a reference to it.
 */
public final class BudWithinDefault implements Rule<FormulationFacts> {

    @Override
    public List<Finding> check(FormulationFacts facts) {
        FormulationDraft draft = facts.draft();
        int limit = draft.preparationType().defaultBudDays();
        if (draft.budDays() <= limit || (draft.budSource().allowsExceedingDefault() && draft.hasBudReference())) {
            return List.of();
        }
        return List.of(Finding.block(
                RuleCode.BUD_EXCEEDS_DEFAULT,
                "budDays",
                draft.budDays()
                        + " days exceed the USP <795> default of " + limit + " days for " + draft.preparationType()
                        + "; cite a STABILITY_STUDY or USP_MONOGRAPH in budReference"));
    }
}
