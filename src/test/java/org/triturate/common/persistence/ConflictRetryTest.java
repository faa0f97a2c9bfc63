package org.triturate.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.SocketTimeoutException;
import java.sql.SQLNonTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.triturate.common.problem.Problem;
import org.triturate.common.problem.ProblemExceptionMappers;

/** A transaction that loses to a concurrent writer (error 1213 / 40001) runs again from its start. */
@QuarkusTest
class ConflictRetryTest {

    @Inject
    ConflictingWork work;

    @Test
    void aLostTransactionRunsAgainAndItsSecondAttemptAnswers() {
        AtomicInteger attempts = new AtomicInteger();
        assertEquals(3, work.required(attempts, 2));
    }

    @Test
    void aTransactionThatAlwaysLosesGivesUpAfterTheLastAttempt() {
        AtomicInteger attempts = new AtomicInteger();
        RuntimeException lost = assertThrows(RuntimeException.class, () -> work.required(attempts, Integer.MAX_VALUE));
        assertTrue(TransactionConflict.isConflict(lost));
        assertEquals(TransactionConflict.ATTEMPTS, attempts.get());
    }

    @Test
    void theMethodThatBeganTheTransactionIsRepeatedNotTheOneThatJoinedIt() {
        AtomicInteger outer = new AtomicInteger();
        AtomicInteger inner = new AtomicInteger();
        assertEquals(2, work.outer(outer, inner, 1));
        assertEquals(2, outer.get());
        assertEquals(2, inner.get());
    }

    @Test
    void aNewTransactionOfItsOwnIsRetriedToo() {
        AtomicInteger attempts = new AtomicInteger();
        assertEquals(2, work.requiresNew(attempts, 1));
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        assertThrows(RuntimeException.class, () -> work.notAConflict(attempts));
        assertEquals(1, attempts.get());
    }

    @Test
    void aConnectionThatBrokeBeforeTheCommitIsReplacedOnce() {
        AtomicInteger once = new AtomicInteger();
        assertEquals(2, work.failing(once, 1, brokenConnection()));
        AtomicInteger always = new AtomicInteger();
        assertThrows(RuntimeException.class, () -> work.failing(always, Integer.MAX_VALUE, brokenConnection()));
        assertEquals(TransactionConflict.ATTEMPTS_AFTER_BROKEN_CONNECTION, always.get());
    }

    @Test
    void aTimeoutIsNotRunAgain() {
        SQLNonTransientConnectionException timedOut = new SQLNonTransientConnectionException("Read timed out", "08000");
        timedOut.initCause(new SocketTimeoutException());
        AtomicInteger attempts = new AtomicInteger();
        assertThrows(RuntimeException.class, () -> work.failing(attempts, 1, new IllegalStateException(timedOut)));
        assertEquals(1, attempts.get());
    }

    private static RuntimeException brokenConnection() {
        return new IllegalStateException(new SQLNonTransientConnectionException("Socket error", "08000"));
    }

    @Test
    void aConflictThatOutlastsTheRetriesIsAVersionConflict() {
        try (Response response = new ProblemExceptionMappers().unexpected(ConflictingWork.conflict(), null)) {
            assertEquals(412, response.getStatus());
            Problem problem = (Problem) response.getEntity();
            assertEquals("VERSION_CONFLICT", problem.violations().get(0).code().name());
        }
    }
}
