package org.triturate.order.service;

import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;

/**
 * The idempotency protocol of every submission that creates something under an {@code Idempotency-Key} (an order,
 * a regimen): with no key, create; with one, the earlier creation of the same request if there is one, else create;
 * and when a concurrent request recorded the key first (its unique constraint refuses ours, our transaction rolls
 * back), the winner's creation, read afresh.
 */
public final class IdempotentSubmission {

    private IdempotentSubmission() {}

    /** What a submission gives back: a new creation (created) or the one an earlier request with the key made. */
    public record Outcome<T>(T result, boolean created) {}

    /**
     * {@code earlier} looks the key up (empty: new; refused when the key was used for another request) and runs
     * only when there is a key; {@code create} runs in its own transaction and writes the key with
     * {@link #claimingKey}.
     */
    public static <T> Outcome<T> submit(String idempotencyKey, Supplier<Optional<T>> earlier, Supplier<T> create) {
        if (idempotencyKey == null) {
            return new Outcome<>(create.get(), true);
        }
        IdempotencyRecords.requireValidKey(idempotencyKey);
        Optional<T> found = earlier.get();
        if (found.isPresent()) {
            return new Outcome<>(found.get(), false);
        }
        try {
            return new Outcome<>(create.get(), true);
        } catch (KeyTaken raced) {
            return new Outcome<>(earlier.get().orElseThrow(), false);
        }
    }

    /**
     * Runs the write that records the key; a violation of {@code keyConstraint} means another request recorded the
     * key first, and {@link #submit} then answers with that request's creation.
     */
    public static void claimingKey(String keyConstraint, Runnable write) {
        try {
            write.run();
        } catch (ConstraintViolationException e) {
            if (e.getConstraintName() != null && e.getConstraintName().contains(keyConstraint)) {
                throw new KeyTaken();
            }
            throw e;
        }
    }

    /** Another request recorded this idempotency key first. */
    private static final class KeyTaken extends RuntimeException {
        KeyTaken() {
            super("idempotency key already recorded", null, false, false);
        }
    }
}
