package org.triturate.formulation.rule;

import java.util.Optional;
import org.triturate.common.problem.ErrorCode;
import org.triturate.common.problem.Violation;

/**
 * BUD_EXCEEDS_DEFAULT: a beyond-use date longer than the USP &lt;795&gt; default of the preparation type needs
 * preparation-specific stability data or a USP-NF compounded monograph, and a reference to it.
 */
public final class BudWithinDefault implements FormulationRule {

    @Override
    public Optional<Violation> check(FormulationDraft draft) {
        int limit = draft.preparationType().defaultBudDays();
        if (draft.budDays() <= limit || (draft.budSource().allowsExceedingDefault() && draft.hasBudReference())) {
            return Optional.empty();
        }
        return Optional.of(Violation.ofField(ErrorCode.BUD_EXCEEDS_DEFAULT, "budDays", draft.budDays()
                + " days exceed the USP <795> default of " + limit + " days for " + draft.preparationType()
                + "; cite a STABILITY_STUDY or USP_MONOGRAPH in budReference"));
    }
}
