package org.triturate.common.persistence;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;

/**
 * Every transaction a {@code @Transactional} method begins is run again after a conflict (TransactionConflict):
 * these interceptors bind to the same annotation as Narayana's and sit outside them (a lower priority), so each
 * attempt is a new transaction. A method that joins a transaction already under way is not repeated on its own;
 * the method that began it is.
 */
public final class ConflictRetry {

    private ConflictRetry() {}

    /** {@code @Transactional} (REQUIRED): retried when it begins the transaction. */
    @Interceptor
    @Transactional(Transactional.TxType.REQUIRED)
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
    public static class Required {

        @Inject
        TransactionManager transactions;

        @AroundInvoke
        Object retry(InvocationContext invocation) throws Exception {
            if (active(transactions)) {
                return invocation.proceed();
            }
            return TransactionConflict.retried(invocation::proceed);
        }
    }

    /** {@code @Transactional(REQUIRES_NEW)}: always begins its own transaction, so always retried. */
    @Interceptor
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
    public static class RequiresNew {

        @AroundInvoke
        Object retry(InvocationContext invocation) throws Exception {
            return TransactionConflict.retried(invocation::proceed);
        }
    }

    private static boolean active(TransactionManager transactions) throws SystemException {
        return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
    }
}
