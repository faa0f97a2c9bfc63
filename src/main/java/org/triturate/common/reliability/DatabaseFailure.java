package org.triturate.common.reliability;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.transaction.xa.XAException;

/**
 * Tells, from an exception's cause chain, that the database could not be reached or did not answer in time, and
 * whether that happened while a COMMIT was under way. Only types, SQL states, vendor codes and where Agroal raised
 * its own exceptions are read, never a message (the server's could quote row values).
 */
public final class DatabaseFailure {

    /** What the failure means for the client. */
    public enum Kind {
        /** Nothing was changed: the request failed before its transaction reached the commit. */
        UNAVAILABLE,
        /** The COMMIT was sent and no answer came back: the change may or may not be recorded. */
        COMMIT_OUTCOME_UNKNOWN
    }

    /** MariaDB's "Query execution was interrupted (max_statement_time exceeded)". */
    static final int STATEMENT_TIMEOUT = 1969;
    /** InnoDB's "Lock wait timeout exceeded". */
    static final int LOCK_WAIT_TIMEOUT = 1205;
    /**
     * Agroal's pool raises a plain SQLException, without SQL state, when it cannot hand out a connection in time
     * (acquisition timeout, with or without a TimeoutException as cause) or is interrupted waiting for one.
     */
    static final String AGROAL_POOL = "io.agroal.pool.ConnectionPool";

    private static final String AGROAL_LOCAL_COMMIT = "io.agroal.narayana.LocalXAResource";
    private static final String AGROAL_ENLISTMENT = "io.agroal.narayana.NarayanaTransactionIntegration";

    private DatabaseFailure() {}

    /** The kind of database failure {@code exception} reports, or empty when it is not one. */
    public static Optional<Kind> of(Throwable exception) {
        boolean unavailable = false;
        boolean committing = false;
        for (Throwable t : related(exception)) {
            unavailable |= isUnavailability(t);
            committing |= isCommitFailure(t);
        }
        if (!unavailable) {
            return Optional.empty();
        }
        return Optional.of(committing ? Kind.COMMIT_OUTCOME_UNKNOWN : Kind.UNAVAILABLE);
    }

    /**
     * Whether the connection broke (SQL state 08…) before the transaction reached its COMMIT: the server rolled the
     * transaction back, and a new connection may reach another node of a cluster, so running it again is safe and
     * may succeed. A timeout is no such break: running again what was too slow would only add load.
     */
    public static boolean isBrokenBeforeCommit(Throwable exception) {
        List<Throwable> all = related(exception);
        boolean broken = all.stream().anyMatch(DatabaseFailure::isConnectionBreak);
        boolean timedOut =
                all.stream().anyMatch(t -> t instanceof SQLTimeoutException || t instanceof SocketTimeoutException);
        return broken && !timedOut && all.stream().noneMatch(DatabaseFailure::isCommitFailure);
    }

    /**
     * The exception, its causes and what they suppressed: Narayana reports a failed COMMIT as a RollbackException
     * without a cause and with the resource's XAException suppressed in it.
     */
    public static List<Throwable> related(Throwable exception) {
        List<Throwable> all = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        if (exception != null) {
            pending.add(exception);
        }
        while (!pending.isEmpty()) {
            Throwable t = pending.poll();
            if (!seen.add(t)) {
                continue;
            }
            all.add(t);
            if (t.getCause() != null) {
                pending.add(t.getCause());
            }
            Collections.addAll(pending, t.getSuppressed());
        }
        return all;
    }

    /** The connection itself failed: the driver's connection exception, or SQL state class 08. */
    private static boolean isConnectionBreak(Throwable t) {
        return t instanceof SQLNonTransientConnectionException
                || (t instanceof SQLException sql
                        && sql.getSQLState() != null
                        && sql.getSQLState().startsWith("08"));
    }

    private static boolean isUnavailability(Throwable t) {
        if (isConnectionBreak(t)
                || t instanceof SQLTransientConnectionException
                || t instanceof SQLTimeoutException
                || t instanceof SocketTimeoutException
                || t instanceof ConnectException
                || t instanceof org.hibernate.exception.JDBCConnectionException
                || t instanceof org.hibernate.QueryTimeoutException
                || t instanceof jakarta.persistence.QueryTimeoutException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            return "70100".equals(state)
                    || sql.getErrorCode() == STATEMENT_TIMEOUT
                    || sql.getErrorCode() == LOCK_WAIT_TIMEOUT
                    || (state == null && raisedIn(sql, AGROAL_POOL, null))
                    || (state == null && raisedIn(sql, AGROAL_ENLISTMENT, "associate"));
        }
        return false;
    }

    /**
     * Whether {@code t} was raised in that class (and method, unless null). Agroal joins a pooled connection to the
     * transaction in {@code NarayanaTransactionIntegration.associate}; with a single datasource that fails only when
     * the connection is dead (switching it to a transaction failed), and the driver's exception is lost.
     */
    private static boolean raisedIn(Throwable t, String className, String method) {
        StackTraceElement[] frames = t.getStackTrace();
        return frames.length > 0
                && frames[0].getClassName().equals(className)
                && (method == null || frames[0].getMethodName().equals(method));
    }

    /**
     * Agroal runs a transaction's COMMIT in {@code LocalXAResource.commit}, which reports any failure of it as an
     * XAException: one raised there means every statement had succeeded and the COMMIT itself had been sent.
     */
    private static boolean isCommitFailure(Throwable t) {
        if (!(t instanceof XAException)) {
            return false;
        }
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().equals(AGROAL_LOCAL_COMMIT)
                    && frame.getMethodName().equals("commit")) {
                return true;
            }
        }
        return false;
    }
}
