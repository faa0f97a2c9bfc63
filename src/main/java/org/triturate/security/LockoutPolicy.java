package org.triturate.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The login lockout rule: after {@code maxFailures} failed logins for one username within {@code window}, every
 * attempt for that username is refused for {@code lockDuration}, counted from the failure that completed the run.
 * Attempts refused while locked are not failures, so they do not extend the lock.
 */
public record LockoutPolicy(int maxFailures, Duration window, Duration lockDuration) {

    /** How far back failures can still matter: a run of failures plus the lock it causes. */
    public Duration lookBack() {
        return window.plus(lockDuration);
    }

    /**
     * When the lock ends, if the username is locked at {@code now}.
     *
     * @param failures the failed attempts of one username since {@code now - lookBack()}, in any order
     */
    public Optional<Instant> lockedUntil(List<Instant> failures, Instant now) {
        List<Instant> sorted = failures.stream().sorted().toList();
        Optional<Instant> lockEnd = Optional.empty();
        for (int last = maxFailures - 1; last < sorted.size(); last++) {
            Instant first = sorted.get(last - maxFailures + 1);
            Instant completing = sorted.get(last);
            if (Duration.between(first, completing).compareTo(window) < 0) {
                Instant end = completing.plus(lockDuration);
                if (now.isBefore(end)) {
                    lockEnd = Optional.of(end);
                }
            }
        }
        return lockEnd;
    }
}
