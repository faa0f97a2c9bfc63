package org.triturate.compounding.rule;

import org.triturate.common.rule.Rules;
import org.triturate.order.PrescriptionNotExpired;

/**
 * Every rule of a compounding record, in the order a refusal reports them: first whether the prescription may still
 * be filled and the record fits the approved order at all, then the record's own rules.
 */
public final class CompoundingRecordRules {

    public static final Rules<CompoundingFacts> ALL = Rules.of(
            new PrescriptionNotExpired<>(),
            new ComponentsInFormulation(),
            new YieldCountedInForm(),
            new YieldCoversOrder(),
            new NotCompoundedInFuture(),
            new LotNotExpired(),
            new SupplierApproved(),
            new NoComponentMissing(),
            new QuantityWithinTolerance());

    private CompoundingRecordRules() {}
}
