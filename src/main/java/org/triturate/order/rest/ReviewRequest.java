package org.triturate.order.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.triturate.order.Review;
import org.triturate.order.ReviewDecision;

/**
 * A pharmacist's review: {@code {"decision": "APPROVE", "formulationId", "note"}} or
 * {@code {"decision": "REJECT"|"REQUEST_CHANGES", "reason"}}. A field that does not belong to the decision is
 * refused, not ignored.
 */
public record ReviewRequest(
        @NotNull ReviewDecision decision,
        @Positive Long formulationId,
        @Size(max = 2000) String note,
        @Size(max = 2000) String reason) {

    Review review() {
        return new Review(decision, formulationId, note, reason);
    }
}
