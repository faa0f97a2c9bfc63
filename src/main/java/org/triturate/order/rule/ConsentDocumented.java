package org.triturate.order.rule;

import java.util.ArrayList;
import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.OrderContent.Consent;

/**
 * CONSENT_NOT_DOCUMENTED: the patient consented to a non-FDA-approved preparation after alternatives were
 * discussed. A consent dated in the future is not documented yet.
 */
public final class ConsentDocumented implements Rule<OrderFacts> {

    @Override
    public List<Finding> check(OrderFacts facts) {
        Consent consent = facts.consent();
        if (consent == null) {
            return List.of(fail("informedConsent", "Document the patient's informed consent"));
        }
        List<Finding> failures = new ArrayList<>();
        if (!Boolean.TRUE.equals(consent.obtained())) {
            failures.add(fail("informedConsent.obtained", "The patient's consent must have been obtained"));
        }
        if (!Boolean.TRUE.equals(consent.alternativesDiscussed())) {
            failures.add(fail(
                    "informedConsent.alternativesDiscussed",
                    "Marketed alternatives must have been discussed with the patient"));
        }
        if (consent.date() != null && consent.date().isAfter(facts.today())) {
            failures.add(fail("informedConsent.date", "Consent cannot be dated after today (" + facts.today() + ")"));
        }
        return Finding.passUnless(failures, RuleCode.CONSENT_NOT_DOCUMENTED, "Informed consent documented");
    }

    private static Finding fail(String field, String message) {
        return Finding.block(RuleCode.CONSENT_NOT_DOCUMENTED, field, message);
    }
}
