package org.triturate.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.test.junit.QuarkusTest;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.triturate.common.problem.ApiException;
import org.triturate.common.reliability.DatabaseFailure;

/** A lookup that found nothing is a 404 only while its transaction can still be trusted. */
@QuarkusTest
class LookupTest {

    @Test
    void nothingFoundIsANotFound() {
        RuntimeException absent = QuarkusTransaction.requiringNew().call(() -> Lookup.notFound("Order"));
        assertEquals(404, assertInstanceOf(ApiException.class, absent).status());
    }

    @Test
    void nothingFoundInATransactionMarkedRollbackOnlyIsABrokenConnection() {
        AtomicReference<RuntimeException> lookedUp = new AtomicReference<>();
        assertThrows(
                QuarkusTransactionException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    QuarkusTransaction.setRollbackOnly();
                    lookedUp.set(Lookup.notFound("Order"));
                }));
        RuntimeException absent = lookedUp.get();
        assertFalse(absent instanceof ApiException);
        assertTrue(DatabaseFailure.isBrokenBeforeCommit(absent), "run again on a new connection");
        assertTrue(DatabaseFailure.of(absent).isPresent(), "else answered 503");
    }
}
