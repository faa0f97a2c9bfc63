package org.triturate.common.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/** Test-only transactions that lose to a concurrent writer the first {@code losses} times they run. */
@ApplicationScoped
public class ConflictingWork {

    @Inject
    Inner inner;

    /** The driver's report of a Galera certification failure or an InnoDB deadlock. */
    static RuntimeException conflict() {
        return new IllegalStateException(
                "commit failed", new SQLException("Deadlock found when trying to get lock", "40001", 1213));
    }

    @Transactional
    public int required(AtomicInteger attempts, int losses) {
        if (attempts.incrementAndGet() <= losses) {
            throw conflict();
        }
        return attempts.get();
    }

    /** Begins the transaction, then joins it to one that loses. */
    @Transactional
    public int outer(AtomicInteger outerAttempts, AtomicInteger innerAttempts, int losses) {
        outerAttempts.incrementAndGet();
        return inner.required(innerAttempts, losses);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int requiresNew(AtomicInteger attempts, int losses) {
        return required(attempts, losses);
    }

    /** Fails with {@code failure} the first {@code losses} times. */
    @Transactional
    public int failing(AtomicInteger attempts, int losses, RuntimeException failure) {
        if (attempts.incrementAndGet() <= losses) {
            throw failure;
        }
        return attempts.get();
    }

    @Transactional
    public void notAConflict(AtomicInteger attempts) {
        attempts.incrementAndGet();
        throw new IllegalStateException(new SQLException("Duplicate entry", "23000", 1062));
    }

    /** A second bean, so that the call goes through its interceptors. */
    @ApplicationScoped
    public static class Inner {

        @Transactional
        public int required(AtomicInteger attempts, int losses) {
            if (attempts.incrementAndGet() <= losses) {
                throw conflict();
            }
            return attempts.get();
        }
    }
}
