package org.triturate.order.rule;

import java.math.BigDecimal;
import java.util.List;
import org.triturate.catalog.DosageForm;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;

/**
 * DOSE_NOT_WHOLE_UNITS: a unit form is taken as whole units (a capsule, a troche, a suppository or an orally
 * disintegrating tablet cannot be divided), a tablet also as half tablets. Measured doses of liquids and
 * semisolids are not judged.
 */
public final class DoseInWholeUnits implements Rule<OrderFacts> {

    private static final BigDecimal WHOLE = BigDecimal.ONE;
    private static final BigDecimal HALF = new BigDecimal("0.5");

    @Override
    public List<Finding> check(OrderFacts facts) {
        BigDecimal step = smallestPart(facts.dosageForm());
        if (step == null) {
            return List.of(Finding.pass(RuleCode.DOSE_NOT_WHOLE_UNITS, "A measured dose need not be whole units"));
        }
        Quantity dose = facts.doseAmount();
        if (dose.unit() != Unit.UNIT) {
            return List.of(); // INVALID_STRENGTH_UNIT reports a dose that is not counted in units
        }
        if (dose.value().remainder(step).signum() != 0) {
            return List.of(Finding.block(
                    RuleCode.DOSE_NOT_WHOLE_UNITS,
                    "dose.amount",
                    "A dose of " + dose + " cannot be given as " + facts.dosageForm() + ": "
                            + (step.compareTo(WHOLE) == 0 ? "whole units only" : "whole or half tablets only")));
        }
        return List.of(Finding.pass(RuleCode.DOSE_NOT_WHOLE_UNITS, "A dose of " + dose + " can be given"));
    }

    /** The smallest part of a unit a dose may use, or null for a form whose doses are measured. */
    private static BigDecimal smallestPart(DosageForm form) {
        return switch (form) {
            case TABLET -> HALF;
            case CAPSULE, ORALLY_DISINTEGRATING_TABLET, TROCHE, SUPPOSITORY -> WHOLE;
            case ORAL_SOLUTION, ORAL_SUSPENSION, NASAL_SPRAY, TOPICAL_CREAM, TOPICAL_GEL -> null;
        };
    }
}
