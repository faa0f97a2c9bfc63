package org.triturate.compounding.rule;

import org.triturate.common.rule.Rules;
import org.triturate.order.PrescriptionNotExpired;

/** Every rule of dispensing a released preparation. */
public final class DispensingRules {

    public static final Rules<DispensingFacts> ALL =
            Rules.of(new WithinBeyondUseDate(), new PrescriptionNotExpired<>());

    private DispensingRules() {}
}
