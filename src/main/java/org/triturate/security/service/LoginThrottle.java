package org.triturate.security.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.triturate.common.config.TriturateConfig;
import org.triturate.security.LockoutPolicy;
import org.triturate.security.LoginFailure;

/**
 * Applies the {@link LockoutPolicy} to failed logins, atomically. Every attempt is counted as a failure before its
 * password is checked, in a short transaction that holds the username's guard row ({@code login_guard}, SELECT ...
 * FOR UPDATE): concurrent attempts for one username take turns there and see each other, so no more than the
 * policy's number of wrong passwords are ever checked before the lock. A right password then removes the failures.
 *
 * <p>Rows of {@code login_failure} are only ever read without locks and deleted by id, so these transactions take no
 * gap locks and cannot deadlock one another through the table's indexes; a deadlock that still happens (InnoDB picks
 * a victim) is retried, and a guard row that stays busy answers 429 rather than an error.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Rows in {@code login_guard}, created by changeset 011-login-guard; a username hashes to one of them. */
    static final int GUARD_BUCKETS = 1024;

    /** Failures that have aged out, of any username, each new failure deletes: the table cannot grow without bound. */
    private static final int STALE_ROWS_PER_FAILURE = 20;

    private static final int ATTEMPTS_ON_DEADLOCK = 3;
    private static final int MARIADB_LOCK_WAIT_TIMEOUT = 1205;
    private static final int MARIADB_DEADLOCK = 1213;

    private final LockoutPolicy policy;
    private final Clock clock;
    private final EntityManager entityManager;

    LoginThrottle(TriturateConfig config, Clock clock, EntityManager entityManager) {
        TriturateConfig.Login login = config.login();
        this.policy = new LockoutPolicy(login.maxFailures(), login.window(), login.lockDuration());
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /**
     * Counts an attempt for {@code username} (canonical) as a failure until {@link #succeeded} says otherwise, unless
     * the username is locked: then nothing is counted and the attempt is refused until the lock ends.
     *
     * @throws TooManyAttempts while the username is locked, with when to try again
     */
    public void reserveAttempt(String username) {
        Optional<Instant> lockedUntil = guarded(username, () -> {
            Instant now = clock.instant();
            List<Instant> failures = LoginFailure.<LoginFailure>list(
                            "usernameKey = ?1 and failedAt > ?2", username, now.minus(policy.lookBack()))
                    .stream()
                    .map(failure -> failure.failedAt)
                    .toList();
            Optional<Instant> lockEnds = policy.lockedUntil(failures, now);
            if (lockEnds.isEmpty()) {
                LoginFailure failure = new LoginFailure();
                failure.usernameKey = username;
                failure.failedAt = now;
                failure.persist();
                deleteByIds(staleFailures(now));
            }
            return lockEnds;
        });
        if (lockedUntil.isPresent()) {
            throw new TooManyAttempts(
                    Duration.between(clock.instant(), lockedUntil.get()),
                    "Too many failed password attempts for this username; try again after " + lockedUntil.get());
        }
    }

    /** The password was right: the failures of {@code username}, this attempt's included, are forgotten. */
    public void succeeded(String username) {
        guarded(username, () -> {
            deleteByIds(LoginFailure.<LoginFailure>list("usernameKey", username).stream()
                    .map(failure -> failure.id)
                    .toList());
            return null;
        });
    }

    private List<Long> staleFailures(Instant now) {
        return LoginFailure.<LoginFailure>find("failedAt <= ?1 order by failedAt", now.minus(policy.lookBack()))
                .page(0, STALE_ROWS_PER_FAILURE)
                .stream()
                .map(failure -> failure.id)
                .toList();
    }

    private static void deleteByIds(List<Long> ids) {
        if (!ids.isEmpty()) {
            LoginFailure.delete("id in ?1", ids);
        }
    }

    /** Runs {@code work} in a new transaction that first takes the guard row of {@code username}. */
    private <T> T guarded(String username, Supplier<T> work) {
        int bucket = Math.floorMod(username.hashCode(), GUARD_BUCKETS);
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    lockGuard(bucket);
                    return work.get();
                });
            } catch (RuntimeException e) {
                int vendorCode = vendorCode(e);
                if (vendorCode == MARIADB_DEADLOCK && attempt < ATTEMPTS_ON_DEADLOCK) {
                    continue;
                }
                if (vendorCode == MARIADB_DEADLOCK || vendorCode == MARIADB_LOCK_WAIT_TIMEOUT) {
                    throw new TooManyAttempts(
                            Duration.ofSeconds(1), "Too many login attempts at once for this username; try again");
                }
                throw e;
            }
        }
    }

    private void lockGuard(int bucket) {
        // WAIT bounds how long a login queues behind others for the same guard row (MariaDB: error 1205 after it), kept
        // below the statement time limit (TRITURATE_DB_STATEMENT_TIMEOUT_SECONDS), which would cut it as an outage.
        List<?> guard = entityManager
                .createNativeQuery("SELECT bucket FROM login_guard WHERE bucket = ?1 FOR UPDATE WAIT 2")
                .setParameter(1, bucket)
                .getResultList();
        if (guard.isEmpty()) {
            throw new IllegalStateException("login_guard has no row " + bucket + "; see changeset 011-login-guard");
        }
    }

    /** The MariaDB error code of the SQLException under {@code e}, or 0 when there is none. */
    private static int vendorCode(Throwable e) {
        List<Throwable> seen = new ArrayList<>();
        for (Throwable t = e; t != null && !seen.contains(t); t = t.getCause()) {
            seen.add(t);
            if (t instanceof SQLException sql) {
                return sql.getErrorCode();
            }
        }
        return 0;
    }
}
