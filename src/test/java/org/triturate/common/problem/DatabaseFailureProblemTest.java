package org.triturate.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.RollbackException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.triturate.common.reliability.DatabaseFailure.Kind;

/** The 503 problems of a database failure, and what of the failure reaches the log. */
class DatabaseFailureProblemTest {

    @Test
    void nothingChangedSaysSoAndNamesTheCode() {
        Problem problem = Problems.databaseFailure(Kind.UNAVAILABLE, new RuntimeException(), "/api/v1/patients/3");
        assertEquals(503, problem.status());
        assertEquals("urn:triturate:problem:service_unavailable", problem.type());
        assertTrue(problem.detail().contains("nothing was changed"), problem.detail());
    }

    @Test
    void anUnknownCommitOfASubmissionAsksForTheSameIdempotencyKey() {
        Problem problem =
                Problems.databaseFailure(Kind.COMMIT_OUTCOME_UNKNOWN, new RuntimeException(), "/api/v1/orders");
        assertEquals(503, problem.status());
        assertEquals(
                ErrorCode.COMMIT_OUTCOME_UNKNOWN, problem.violations().get(0).code());
        assertTrue(problem.detail().contains("same Idempotency-Key"), problem.detail());
    }

    @Test
    void anUnknownCommitOfAnotherChangeAsksToReadAgain() {
        Problem problem =
                Problems.databaseFailure(Kind.COMMIT_OUTCOME_UNKNOWN, new RuntimeException(), "/api/v1/patients/3");
        assertTrue(problem.detail().contains("Read the resource again"), problem.detail());
        assertFalse(problem.detail().contains("Idempotency-Key"), problem.detail());
    }

    @Test
    void theLogLineNamesTypesAndSqlStatesButNoMessage() {
        RollbackException rolledBack = new RollbackException("ARJUNA016053");
        rolledBack.addSuppressed(new SQLNonTransientConnectionException("Duplicate entry 'Okafor'", "08000", -1));
        String logged = Problems.causeTypes(new IllegalStateException("patient Okafor", rolledBack));
        assertEquals(
                "java.lang.IllegalStateException <- jakarta.transaction.RollbackException"
                        + " <- java.sql.SQLNonTransientConnectionException [SQLState 08000, code -1]",
                logged);
    }
}
