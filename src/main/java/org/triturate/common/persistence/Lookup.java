package org.triturate.common.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.SQLTransientConnectionException;
import org.triturate.common.problem.ApiException;

/**
 * What a lookup by id that found nothing answers. Normally 404; but in a transaction already marked rollback-only
 * an empty answer proves nothing: when a pooled connection dies before it joins the transaction (a cluster node
 * killed), Narayana marks the transaction rollback-only and Hibernate's find() then returns null instead of the
 * error (HHH-12472). Such a lookup fails as a broken connection instead: run once more on a new connection
 * (TransactionConflict), or answered 503 SERVICE_UNAVAILABLE, never a 404 for a row that exists.
 */
public final class Lookup {

    private Lookup() {}

    /** The exception for "no {@code what} with this id" ({@code what}: "Order", "Patient"…). */
    public static RuntimeException notFound(String what) {
        if (QuarkusTransaction.isActive() && QuarkusTransaction.isRollbackOnly()) {
            String message = what + " lookup in a transaction marked rollback-only: its answer is not evidence";
            return new IllegalStateException(message, new SQLTransientConnectionException(message, "08003"));
        }
        return ApiException.notFound(what);
    }
}
