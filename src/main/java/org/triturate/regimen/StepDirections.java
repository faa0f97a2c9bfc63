package org.triturate.regimen;

import java.math.BigDecimal;
import org.triturate.catalog.DosageForm;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;

/**
 * The directions of a step order, in the contract's words: "Step 1 of 2: take 1 capsule by mouth once daily for 14
 * days, from 2026-12-07 to 2026-12-20". The verb and route follow the dosage form; a count of units is named by the
 * form (capsule, troche…), a measured amount by its unit (5 mL, 1 g). The pharmacist sees the step first in the
 * queue.
 */
public final class StepDirections {

    private StepDirections() {}

    public static String of(int stepCount, DosageForm form, PlannedStep step) {
        return "Step " + step.index() + " of " + stepCount + ": " + administration(form, step.doseAmount()) + " "
                + frequency(step.timesPerDay()) + " for " + step.days() + (step.days() == 1 ? " day" : " days")
                + ", from " + step.startOn() + " to " + step.endOn();
    }

    private static String administration(DosageForm form, Quantity amount) {
        String dose = dose(form, amount);
        return switch (form) {
            case CAPSULE, TABLET, ORALLY_DISINTEGRATING_TABLET, ORAL_SOLUTION, ORAL_SUSPENSION ->
                "take " + dose + " by mouth";
            case TROCHE -> "dissolve " + dose + " between cheek and gum";
            case SUPPOSITORY -> "insert " + dose + " rectally";
            case NASAL_SPRAY -> "spray " + dose + " into the nose";
            case TOPICAL_CREAM, TOPICAL_GEL -> "apply " + dose + " to the skin";
        };
    }

    /** "1 capsule", "2 tablets", "5 mL", "1 g". */
    private static String dose(DosageForm form, Quantity amount) {
        String value = amount.value().toPlainString();
        if (amount.unit() != Unit.UNIT) {
            return value + " " + amount.unit().code();
        }
        boolean one = amount.value().compareTo(BigDecimal.ONE) == 0;
        return value + " " + unitNoun(form, one);
    }

    private static String unitNoun(DosageForm form, boolean one) {
        return switch (form) {
            case CAPSULE -> one ? "capsule" : "capsules";
            case TABLET -> one ? "tablet" : "tablets";
            case ORALLY_DISINTEGRATING_TABLET -> one ? "orally disintegrating tablet" : "orally disintegrating tablets";
            case TROCHE -> one ? "troche" : "troches";
            case SUPPOSITORY -> one ? "suppository" : "suppositories";
            // A liquid or semisolid dosed by count: the unit does not fit the form, and the order rules say so.
            default -> one ? "unit" : "units";
        };
    }

    private static String frequency(int timesPerDay) {
        return switch (timesPerDay) {
            case 1 -> "once daily";
            case 2 -> "twice daily";
            default -> timesPerDay + " times daily";
        };
    }
}
