package org.triturate.formulation.rule;

import java.util.Optional;
import org.triturate.common.problem.ErrorCode;
import org.triturate.common.problem.Violation;
import org.triturate.formulation.PreparationType;
import org.triturate.formulation.StorageCondition;

/** STORAGE_REQUIRES_REFRIGERATION: USP &lt;795&gt; gives a nonpreserved aqueous preparation 14 days in a refrigerator. */
public final class NonpreservedAqueousRefrigerated implements FormulationRule {

    @Override
    public Optional<Violation> check(FormulationDraft draft) {
        if (draft.preparationType() != PreparationType.AQUEOUS_NONPRESERVED
                || draft.storage() == StorageCondition.REFRIGERATED) {
            return Optional.empty();
        }
        return Optional.of(Violation.ofField(ErrorCode.STORAGE_REQUIRES_REFRIGERATION, "storage",
                "A nonpreserved aqueous preparation must be stored REFRIGERATED"));
    }
}
