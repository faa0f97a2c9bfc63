package org.triturate.order.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.triturate.common.problem.ApiException;
import org.triturate.common.problem.ErrorCode;
import org.triturate.order.CompoundingOrder;

/**
 * The idempotency keys of order submissions, recorded on the orders they created and scoped to the user who sent
 * them: a repeat with the same request gets the order first created; the same key with another request is 422
 * {@code IDEMPOTENCY_KEY_REUSED}. A failed submission records nothing, so it does not use up its key. Keys compare
 * exactly, case included: their column has a binary collation.
 */
@ApplicationScoped
public class IdempotencyRecords {

    static final int MAX_KEY_LENGTH = 255;

    /** 400 unless the key is 1 to 255 visible ASCII characters. */
    public static void requireValidKey(String key) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw ApiException.invalidField(
                    "Idempotency-Key", "An idempotency key is 1 to " + MAX_KEY_LENGTH + " visible ASCII characters");
        }
    }

    /**
     * The order this user created with this key, when {@code requestHash} is the hash of the request that created
     * it; empty when the key is new; refused when the key was used for another request.
     */
    @Transactional
    public Optional<CompoundingOrder> earlier(long userId, String key, String requestHash) {
        Optional<CompoundingOrder> earlier = CompoundingOrder.<CompoundingOrder>find(
                        "createdByUserId = ?1 and idempotencyKey = ?2", userId, key)
                .firstResultOptional();
        if (earlier.isPresent() && !requestHash.equals(earlier.get().requestHash)) {
            throw new ApiException(
                    ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency-Key",
                    "This key was used for order " + earlier.get().number + " with a different request body");
        }
        return earlier.map(CompoundingOrder::initialized);
    }
}
