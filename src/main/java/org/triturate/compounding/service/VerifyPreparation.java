package org.triturate.compounding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.triturate.common.concurrency.EntityVersion;
import org.triturate.common.problem.ApiException;
import org.triturate.common.text.FreeText;
import org.triturate.compounding.CompoundingRecord;
import org.triturate.compounding.VerificationDecision;
import org.triturate.compounding.rule.VerificationFacts;
import org.triturate.compounding.rule.VerificationRules;
import org.triturate.order.CompoundingOrder;
import org.triturate.order.OrderLifecycle;
import org.triturate.security.Caller;

/**
 * A pharmacist's independent verification of a preparation (docs/order-lifecycle.md). RELEASE: COMPOUNDED → VERIFIED,
 * only when quality control passed and the prescription may still be filled.
 * REJECT (from COMPOUNDED, or VERIFIED to discard a preparation, e.g. one past its beyond-use date): back to
 * APPROVED, to be compounded again.
 */
@ApplicationScoped
@Transactional
public class VerifyPreparation {

    private final OrderLifecycle lifecycle;
    private final Clock clock;

    VerifyPreparation(OrderLifecycle lifecycle, Clock clock) {
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    /** The order after the decision; its collections are loaded for mapping. */
    public CompoundingOrder verify(
            long orderId, String ifMatch, VerificationDecision decision, String note, Caller caller) {
        CompoundingOrder order = CompoundingOrder.require(orderId);
        EntityVersion.require(ifMatch, order.version);
        OrderLifecycle.requireAllowed(order, decision.action());
        CompoundingRecord record = CompoundingRecord.findById(order.compoundingRecordId);
        VerificationRules.ALL
                .check(new VerificationFacts(
                        decision,
                        order.compoundedByUserId,
                        caller.userId(),
                        record.qualityControl,
                        LocalDate.now(clock),
                        order.expiresOn))
                .requirePassed();
        String reason = FreeText.trimmedOrNull(note);
        if (decision == VerificationDecision.REJECT && reason == null) {
            throw ApiException.invalidField("note", "A rejected preparation is discarded: say why");
        }
        record.verification = decision.verification();
        record.verifiedBy = caller.username();
        record.verifiedAt = clock.instant();
        record.verificationNote = reason;
        if (decision == VerificationDecision.RELEASE) {
            lifecycle.move(order, decision.action(), caller.username(), reason);
        } else {
            order.discardPreparation();
            lifecycle.move(
                    order, decision.action(), caller.username(), record.preparationLot + " discarded: " + reason);
        }
        return order.initialized();
    }
}
