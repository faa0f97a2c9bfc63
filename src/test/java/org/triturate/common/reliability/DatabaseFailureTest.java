package org.triturate.common.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import javax.transaction.xa.XAException;
import org.hibernate.QueryTimeoutException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.triturate.common.reliability.DatabaseFailure.Kind;

/** The classifier on exceptions as the driver, Agroal, Hibernate, Narayana and Quarkus raise them, no database. */
class DatabaseFailureTest {

    private static final String PATIENT_VALUE = "Duplicate entry 'Okafor'";

    @Test
    void connectionLossAnywhereInTheChainIsUnavailability() {
        SQLException lost = new SQLNonTransientConnectionException("socket closed", "08000");
        assertEquals(Optional.of(Kind.UNAVAILABLE), DatabaseFailure.of(lost));
        assertEquals(
                Optional.of(Kind.UNAVAILABLE),
                DatabaseFailure.of(new PersistenceException(new JDBCConnectionException("x", lost))));
        assertEquals(
                Optional.of(Kind.UNAVAILABLE),
                DatabaseFailure.of(new ArcUndeclaredThrowableException(new RollbackException("rolled back") {
                    {
                        initCause(new RuntimeException(lost));
                    }
                })));
        assertEquals(
                Optional.of(Kind.UNAVAILABLE),
                DatabaseFailure.of(new AuthenticationFailedException(new QuarkusTransactionException(lost))));
    }

    @Test
    void everySignOfAnUnreachableOrSlowDatabaseCounts() {
        assertUnavailable(new SQLException("any", "08S01"));
        assertUnavailable(new SQLTransientConnectionException("any"));
        assertUnavailable(new SQLTimeoutException("any"));
        assertUnavailable(new SQLException("any", "70100", 1969));
        assertUnavailable(new SQLException("any", "HY000", 1969));
        assertUnavailable(new SQLException("any", "HY000", 1205));
        assertUnavailable(raisedIn(new SQLException("Sorry, acquisition timeout!"), DatabaseFailure.AGROAL_POOL));
        assertUnavailable(raisedIn(
                new SQLException("Acquisition timeout", new java.util.concurrent.TimeoutException()),
                DatabaseFailure.AGROAL_POOL));
        assertUnavailable(new SQLException("wrapped", "HY000", 0, new SocketTimeoutException("Read timed out")));
        assertUnavailable(new QueryTimeoutException("x", new SQLException("any"), "select"));
        assertUnavailable(new jakarta.persistence.QueryTimeoutException("x"));
        assertUnavailable(new java.net.ConnectException("Connection refused"));
    }

    @Test
    void otherDatabaseErrorsAreNotUnavailability() {
        assertEquals(
                Optional.empty(),
                DatabaseFailure.of(new SQLIntegrityConstraintViolationException(PATIENT_VALUE, "23000", 1062)));
        assertEquals(Optional.empty(), DatabaseFailure.of(new SQLException("no such table", "42S02", 1146)));
        // Where Agroal raised it counts, not what a message says.
        assertEquals(Optional.empty(), DatabaseFailure.of(new SQLException("Sorry, acquisition timeout!")));
        assertEquals(Optional.empty(), DatabaseFailure.of(new IllegalStateException("boom")));
        assertEquals(Optional.empty(), DatabaseFailure.of(null));
    }

    @Test
    void aConnectionLostDuringAgroalsCommitLeavesTheOutcomeUnknown() {
        XAException commit = xaException("io.agroal.narayana.LocalXAResource", "commit");
        commit.initCause(new SQLNonTransientConnectionException("read timed out", "08000"));
        // As Narayana reports it: no cause, the resource's XAException suppressed.
        RollbackException rolledBack = new RollbackException("ARJUNA016053");
        rolledBack.addSuppressed(commit);
        assertEquals(
                Optional.of(Kind.COMMIT_OUTCOME_UNKNOWN),
                DatabaseFailure.of(new QuarkusTransactionException(rolledBack)));
    }

    @Test
    void anXaFailureOutsideTheCommitIsNoCommitFailure() {
        XAException start = xaException("io.agroal.narayana.LocalXAResource", "start");
        start.initCause(new SQLNonTransientConnectionException("closed", "08000"));
        assertEquals(Optional.of(Kind.UNAVAILABLE), DatabaseFailure.of(start));
        XAException commitWithoutLoss = xaException("io.agroal.narayana.LocalXAResource", "commit");
        commitWithoutLoss.initCause(new SQLIntegrityConstraintViolationException(PATIENT_VALUE, "23000"));
        assertFalse(DatabaseFailure.of(commitWithoutLoss).isPresent());
    }

    @Test
    void agroalsFailureToEnlistAConnectionIsUnavailability() {
        SQLException enlist = new SQLException("Failed to enlist");
        enlist.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("io.agroal.narayana.NarayanaTransactionIntegration", "associate", null, 1)
        });
        assertUnavailable(new RuntimeException(new SQLException("Exception in association", enlist)));
        assertEquals(Optional.empty(), DatabaseFailure.of(new SQLException("Failed to enlist")));
    }

    private static void assertUnavailable(Throwable exception) {
        assertTrue(
                DatabaseFailure.of(new RuntimeException(exception))
                        .filter(Kind.UNAVAILABLE::equals)
                        .isPresent(),
                exception.toString());
    }

    private static SQLException raisedIn(SQLException exception, String className) {
        exception.setStackTrace(new StackTraceElement[] {new StackTraceElement(className, "getConnection", null, 1)});
        return exception;
    }

    private static XAException xaException(String className, String method) {
        XAException exception = new XAException(XAException.XA_RBROLLBACK);
        exception.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("io.agroal.narayana.XAExceptionUtils", "xaException", null, 1),
            new StackTraceElement(className, method, null, 1)
        });
        return exception;
    }
}
