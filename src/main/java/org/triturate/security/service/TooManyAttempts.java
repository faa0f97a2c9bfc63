package org.triturate.security.service;

import java.time.Duration;
import org.triturate.common.problem.ApiException;
import org.triturate.common.problem.ErrorCode;

/** A login refused before any password check: 429 TOO_MANY_ATTEMPTS, with when to try again (Retry-After). */
public class TooManyAttempts extends ApiException {

    private final Duration retryAfter;

    TooManyAttempts(Duration retryAfter, String message) {
        super(ErrorCode.TOO_MANY_ATTEMPTS, message);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, rounded up and at least 1, as the Retry-After header states them. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
