package org.triturate.compounding.rule;

import org.triturate.common.rule.Rules;
import org.triturate.order.PrescriptionNotExpired;

/** Every rule of a pharmacist's verification of a preparation. */
public final class VerificationRules {

    public static final Rules<VerificationFacts> ALL =
            Rules.of(new VerifierIsNotCompounder(), new QualityControlPassed(), new PrescriptionNotExpired<>());

    private VerificationRules() {}
}
