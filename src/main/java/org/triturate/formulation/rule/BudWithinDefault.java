package org.triturate.formulation.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;
import org.triturate.formulation.FormulationDraft;
import org.triturate.formulation.PreparationType;

/**
 * BUD_EXCEEDS_DEFAULT: a beyond-use date longer than the USP &lt;795&gt; default of the preparation type needs
 * preparation-specific stability data or a USP-NF compounded monograph, and a reference to it; and no evidence
 * makes a nonsterile preparation's beyond-use date longer than {@value PreparationType#NONSTERILE_MAX_BUD_DAYS} days.
 */
public final class BudWithinDefault implements Rule<FormulationFacts> {

    @Override
    public List<Finding> check(FormulationFacts facts) {
        FormulationDraft draft = facts.draft();
        if (draft.budDays() > PreparationType.NONSTERILE_MAX_BUD_DAYS) {
            return List.of(Finding.block(
                    RuleCode.BUD_EXCEEDS_DEFAULT,
                    "budDays",
                    draft.budDays() + " days exceed the " + PreparationType.NONSTERILE_MAX_BUD_DAYS
                            + " days USP <795> allows any nonsterile preparation, whatever the evidence"));
        }
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
