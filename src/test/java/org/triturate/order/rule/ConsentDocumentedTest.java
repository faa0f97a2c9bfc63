package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triturate.order.rule.Facts.TODAY;
import static org.triturate.order.rule.RuleAssertions.failedFields;
import static org.triturate.order.rule.RuleAssertions.passes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.OrderContent.Consent;

class ConsentDocumentedTest {

    private final ConsentDocumented rule = new ConsentDocumented();

    @Test
    void passesWhenObtainedAfterDiscussingAlternatives() {
        passes(rule, RuleCode.CONSENT_NOT_DOCUMENTED, Facts.order());
    }

    @Test
    void aConsentDatedTodayPasses() {
        passes(rule, RuleCode.CONSENT_NOT_DOCUMENTED, withConsent(new Consent(true, true, TODAY)));
    }

    @Test
    void failsWithoutConsent() {
        assertEquals(List.of("informedConsent"), fields(null));
    }

    @Test
    void failsOnEveryFlagThatIsNotTrue() {
        assertEquals(List.of("informedConsent.obtained"), fields(new Consent(false, true, TODAY)));
        assertEquals(
                List.of("informedConsent.obtained", "informedConsent.alternativesDiscussed"),
                fields(new Consent(null, null, TODAY)));
    }

    @Test
    void failsForAConsentDatedInTheFuture() {
        assertEquals(List.of("informedConsent.date"), fields(new Consent(true, true, TODAY.plusDays(1))));
    }

    private List<String> fields(Consent consent) {
        return failedFields(rule, RuleCode.CONSENT_NOT_DOCUMENTED, withConsent(consent));
    }

    private static Facts withConsent(Consent consent) {
        Facts facts = Facts.order();
        facts.consent = consent;
        return facts;
    }
}
