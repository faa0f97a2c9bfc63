package org.triturate.order.rule;

import org.triturate.common.rule.Rules;
import org.triturate.common.rule.Verdict;
import org.triturate.order.PrescriptionNotExpired;

/**
 * Every rule of order intake, in the order of the contract's check table, then the warnings. All of them run on
 * every submission and amendment (and again at approval), so that one answer reports every blocking finding at
 * once.
 */
public final class IntakeRules {

    private static final Rules<OrderFacts> RULES = Rules.of(
            new PatientMustExist(),
            new PrescriberMustExist(),
            new NotWrittenInFuture(),
            new PrescriptionNotExpired<>(),
            new IngredientsMustExist(),
            new OnlyActivesAsActives(),
            new UnitsFitDosageForm(),
            new DoseInWholeUnits(),
            new PrescriberMustBeActive(),
            new PrescriberLicensedInPatientState(),
            new DeaRegistrationCoversSchedule(),
            new ControlledRefillLimit(),
            new ControlledNeedsPatientAddress(),
            new NotWithdrawnForSafety(),
            new NotRemsRestricted(),
            new RationaleDocumented(),
            new RationaleConsistent(),
            new EssentiallyACopy(),
            new DoseWithinMaximum(),
            new SingleDoseWithinMaximum(),
            new CombinationDocumented(),
            new CombinationNotIncompatible(),
            new NoAllergyConflict(),
            new ConsentDocumented(),
            new AllergyExclusionsAdded(),
            new SafetyNoticeWarning(),
            new DaysSupplyMatchesDose());

    private IntakeRules() {}

    public static Verdict check(OrderFacts facts) {
        return RULES.check(facts);
    }
}
