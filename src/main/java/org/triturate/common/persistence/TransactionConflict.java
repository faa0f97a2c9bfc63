package org.triturate.common.persistence;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.triturate.common.reliability.DatabaseFailure;

/**
 * A transaction the database rolled back because another one changed the same rows at the same time: an InnoDB
 * deadlock on one server, or, on a Galera cluster, a certification failure at COMMIT or a brute-force abort by a
 * write replicated from another node (both reported as error 1213, SQL state 40001). Nothing of such a transaction
 * was recorded, so it is run again from its start: it reads the rows again and decides again, so that "exactly one
 * approval wins" still holds (the loser's second attempt finds the order approved and answers 409) and an optimistic
 * version the client sent is checked against the winner's (412). When every attempt loses, the caller gets the
 * conflict, answered 412 VERSION_CONFLICT.
 *
 * <p>A transaction whose connection broke before its COMMIT (a cluster node killed under it) is also run once more,
 * on a new connection: nothing of it was recorded either, and the balancer sends the new one to a live node.
 */
public final class TransactionConflict {

    /** Attempts in all; a conflict needs two writers on the same rows within a few milliseconds. */
    static final int ATTEMPTS = 5;

    /** Attempts in all after a broken connection: a second one on a new connection, not a wait for an outage. */
    static final int ATTEMPTS_AFTER_BROKEN_CONNECTION = 2;

    private static final String SERIALIZATION_FAILURE = "40001";
    private static final int DEADLOCK = 1213;

    private TransactionConflict() {}

    /** Whether {@code exception} (or anything in its cause chain) reports such a conflict. */
    public static boolean isConflict(Throwable exception) {
        return DatabaseFailure.related(exception).stream()
                .anyMatch(t -> t instanceof SQLException sql
                        && (SERIALIZATION_FAILURE.equals(sql.getSQLState()) || sql.getErrorCode() == DEADLOCK));
    }

    /** One attempt of a whole transaction. */
    @FunctionalInterface
    public interface Attempt<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * Runs {@code transaction}, which must begin and end a transaction of its own, again after a conflict, at most
     * {@link #ATTEMPTS} times in all, waiting a few random milliseconds between attempts so that the two writers
     * do not meet again.
     */
    public static <T, E extends Exception> T retried(Attempt<T, E> transaction) throws E {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.run();
            } catch (Exception e) {
                boolean again = isConflict(e)
                        ? attempt < ATTEMPTS
                        : DatabaseFailure.isBrokenBeforeCommit(e) && attempt < ATTEMPTS_AFTER_BROKEN_CONNECTION;
                if (!again || !pause(attempt)) {
                    throw e;
                }
            }
        }
    }

    private static boolean pause(int attempt) {
        try {
            TimeUnit.MILLISECONDS.sleep(ThreadLocalRandom.current().nextLong(1, 5L << attempt));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
