package org.triturate.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code limit} attempts per key in any sliding {@code window}, counted in memory. A refused attempt is not
 * counted, so a caller that keeps trying gets in again once its oldest counted attempt leaves the window.
 */
public final class AttemptLimit {

    /** Keys with no attempt left in the window are dropped after this many attempts, so memory follows activity. */
    private static final int SWEEP_EVERY = 1024;

    private final int limit;
    private final Duration window;
    private final ConcurrentHashMap<String, Attempts> attempts = new ConcurrentHashMap<>();
    private final AtomicInteger sinceSweep = new AtomicInteger();

    public AttemptLimit(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** Counts an attempt for {@code key} at {@code now}; when the key is at its limit, how long until it is not. */
    public Optional<Duration> tryAcquire(String key, Instant now) {
        Instant windowStart = now.minus(window);
        Duration[] wait = {null};
        attempts.compute(key, (k, previous) -> {
            List<Instant> recent =
                    previous == null ? List.of() : previous.since(windowStart).times();
            if (recent.size() >= limit) {
                wait[0] = Duration.between(now, recent.get(0).plus(window));
                return new Attempts(recent);
            }
            List<Instant> counted = new ArrayList<>(recent);
            counted.add(now);
            return new Attempts(List.copyOf(counted));
        });
        if (sinceSweep.incrementAndGet() % SWEEP_EVERY == 0) {
            attempts.values().removeIf(a -> a.since(windowStart).times().isEmpty());
        }
        return Optional.ofNullable(wait[0]);
    }

    /** The counted attempts of one key, oldest first; immutable, so the sweep can read it while others replace it. */
    private record Attempts(List<Instant> times) {
        Attempts since(Instant windowStart) {
            return new Attempts(
                    times.stream().filter(t -> t.isAfter(windowStart)).toList());
        }
    }
}
