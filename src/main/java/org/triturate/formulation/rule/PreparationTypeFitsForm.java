package org.triturate.formulation.rule;

import java.util.Optional;
import org.triturate.common.problem.ErrorCode;
import org.triturate.common.problem.Violation;

/**
 * PREPARATION_TYPE_MISMATCH: nonaqueous solids are unit forms, nonaqueous oral liquids are oral liquids, aqueous
 * preparations are liquids or semisolids.
 */
public final class PreparationTypeFitsForm implements FormulationRule {

    @Override
    public Optional<Violation> check(FormulationDraft draft) {
        if (draft.preparationType().fits(draft.dosageForm())) {
            return Optional.empty();
        }
        return Optional.of(Violation.ofField(ErrorCode.PREPARATION_TYPE_MISMATCH, "preparationType",
                draft.preparationType() + " does not fit " + draft.dosageForm()));
    }
}
