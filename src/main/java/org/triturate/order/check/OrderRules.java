package org.triturate.order.check;

import java.util.List;

/**
 * Every rule of order intake (../shared/api.md §4, "Order checks"), in the order of the contract's table. All of
 * them run on every submission, so that one answer reports every failure at once.
 */
public final class OrderRules {

    private final List<OrderRule> rules = List.of(
            new PatientMustExist(),
            new PrescriberMustExist(),
            new IngredientsMustExist(),
            new OnlyActivesAsActives(),
            new UnitsFitDosageForm(),
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
            new CombinationDocumented(),
            new CombinationNotIncompatible(),
            new NoAllergyConflict(),
            new ConsentDocumented(),
            new AllergyExclusionsAdded(),
            new SafetyNoticeWarning());

    public CheckReport evaluate(OrderFacts facts) {
        return new CheckReport(rules.stream().flatMap(rule -> rule.evaluate(facts).stream()).toList());
    }
}
