package org.triturate.security.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.triturate.common.config.TriturateConfig;
import org.triturate.security.LockoutPolicy;
import org.triturate.security.LoginFailure;

/** Records failed logins and applies the {@link LockoutPolicy} to them. */
@ApplicationScoped
public class LoginThrottle {

    private final LockoutPolicy policy;
    private final Clock clock;

    LoginThrottle(TriturateConfig config, Clock clock) {
        TriturateConfig.Login login = config.login();
        this.policy = new LockoutPolicy(login.maxFailures(), login.window(), login.lockDuration());
        this.clock = clock;
    }

    @Transactional
    public Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        List<Instant> failures = LoginFailure.<LoginFailure>list(
                        "usernameKey = ?1 and failedAt > ?2", key(username), now.minus(policy.lookBack()))
                .stream()
                .map(failure -> failure.failedAt)
                .toList();
        return policy.lockedUntil(failures, now);
    }

    @Transactional
    public void recordFailure(String username) {
        Instant now = clock.instant();
        LoginFailure failure = new LoginFailure();
        failure.usernameKey = key(username);
        failure.failedAt = now;
        failure.persist();
        LoginFailure.delete("usernameKey = ?1 and failedAt <= ?2", failure.usernameKey, now.minus(policy.lookBack()));
    }

    @Transactional
    public void clear(String username) {
        LoginFailure.delete("usernameKey", key(username));
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
