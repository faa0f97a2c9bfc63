package org.triturate.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttemptLimitTest {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void theAttemptOverTheLimitWaitsUntilTheOldestLeavesTheWindow() {
        AttemptLimit limit = new AttemptLimit(3, MINUTE);
        assertEquals(Optional.empty(), limit.tryAcquire("a", T0));
        assertEquals(Optional.empty(), limit.tryAcquire("a", T0.plusSeconds(10)));
        assertEquals(Optional.empty(), limit.tryAcquire("a", T0.plusSeconds(20)));
        assertEquals(Optional.of(Duration.ofSeconds(30)), limit.tryAcquire("a", T0.plusSeconds(30)));
        assertEquals(Optional.empty(), limit.tryAcquire("a", T0.plusSeconds(61)));
    }

    @Test
    void keysAreCountedApart() {
        AttemptLimit limit = new AttemptLimit(1, MINUTE);
        assertEquals(Optional.empty(), limit.tryAcquire("a", T0));
        assertEquals(Optional.empty(), limit.tryAcquire("b", T0));
        assertEquals(Optional.of(MINUTE), limit.tryAcquire("a", T0));
    }

    @Test
    void refusedAttemptsAreNotCounted() {
        AttemptLimit limit = new AttemptLimit(1, MINUTE);
        limit.tryAcquire("a", T0);
        for (int second = 1; second < 60; second++) {
            limit.tryAcquire("a", T0.plusSeconds(second));
        }
        assertEquals(Optional.empty(), limit.tryAcquire("a", T0.plusSeconds(60)));
    }
}
