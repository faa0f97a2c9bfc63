package org.triturate.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    private static List<Instant> failuresEvery(Duration gap, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> T0.plus(gap.multipliedBy(i)))
                .toList();
    }

    @Test
    void fiveFailuresWithinTheWindowLockForFifteenMinutesFromTheFifth() {
        List<Instant> failures = failuresEvery(Duration.ofMinutes(1), 5);
        Instant fifth = failures.get(4);
        assertEquals(Optional.of(fifth.plus(Duration.ofMinutes(15))), POLICY.lockedUntil(failures, fifth));
        assertTrue(
                POLICY.lockedUntil(failures, fifth.plus(Duration.ofMinutes(14))).isPresent());
    }

    @Test
    void theLockEndsAfterFifteenMinutes() {
        List<Instant> failures = failuresEvery(Duration.ofMinutes(1), 5);
        Instant end = failures.get(4).plus(Duration.ofMinutes(15));
        assertEquals(Optional.empty(), POLICY.lockedUntil(failures, end));
    }

    @Test
    void fourFailuresDoNotLock() {
        List<Instant> failures = failuresEvery(Duration.ofMinutes(1), 4);
        assertEquals(Optional.empty(), POLICY.lockedUntil(failures, failures.get(3)));
    }

    @Test
    void fiveFailuresSpreadOverMoreThanTheWindowDoNotLock() {
        List<Instant> failures = failuresEvery(Duration.ofMinutes(4), 5); // 16 minutes from first to fifth
        assertEquals(Optional.empty(), POLICY.lockedUntil(failures, failures.get(4)));
    }

    @Test
    void theWindowSlides() {
        // One old failure, then five close together: the last five lock.
        List<Instant> failures = List.of(
                T0,
                T0.plus(Duration.ofMinutes(20)),
                T0.plus(Duration.ofMinutes(21)),
                T0.plus(Duration.ofMinutes(22)),
                T0.plus(Duration.ofMinutes(23)),
                T0.plus(Duration.ofMinutes(24)));
        Instant now = T0.plus(Duration.ofMinutes(25));
        assertEquals(Optional.of(T0.plus(Duration.ofMinutes(39))), POLICY.lockedUntil(failures, now));
    }

    @Test
    void orderOfTheFailuresDoesNotMatter() {
        List<Instant> failures = failuresEvery(Duration.ofMinutes(1), 5);
        List<Instant> reversed = new java.util.ArrayList<>(failures);
        java.util.Collections.reverse(reversed);
        Instant now = T0.plus(Duration.ofMinutes(5));
        assertEquals(Optional.of(T0.plus(Duration.ofMinutes(19))), POLICY.lockedUntil(reversed, now));
    }

    @Test
    void lookBackCoversTheWindowAndTheLock() {
        assertEquals(Duration.ofMinutes(30), POLICY.lookBack());
    }
}
