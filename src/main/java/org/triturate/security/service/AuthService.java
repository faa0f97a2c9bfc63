package org.triturate.security.service;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.triturate.common.config.TriturateConfig;
import org.triturate.common.problem.ApiException;
import org.triturate.common.problem.ErrorCode;
import org.triturate.security.PasswordHasher;
import org.triturate.security.Role;
import org.triturate.security.UserAccount;

/**
 * Exchanges a username and password for a signed access token. Every refusal looks the same whether or not the
 * user exists: the same 401 body, a password check of the same cost, and the same lockout for unknown names.
 */
@ApplicationScoped
public class AuthService {

    private final PasswordHasher passwords;
    private final LoginThrottle throttle;
    private final TriturateConfig.Jwt jwt;

    AuthService(PasswordHasher passwords, LoginThrottle throttle, TriturateConfig config) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.jwt = config.jwt();
    }

    public record IssuedToken(String token, Duration lifetime, Role role) {}

    public IssuedToken issueToken(String username, String password) {
        Optional<Instant> lockedUntil = throttle.lockedUntil(username);
        if (lockedUntil.isPresent()) {
            throw new ApiException(
                    ErrorCode.TOO_MANY_ATTEMPTS,
                    "Too many failed logins for this username; try again after " + lockedUntil.get());
        }
        Optional<UserAccount> user = UserAccount.findByUsername(username).filter(u -> u.active);
        boolean valid = user.isPresent()
                ? passwords.matches(password, user.get().passwordHash)
                : passwords.matchesNobody(password);
        if (!valid) {
            throw failedLogin(username);
        }
        throttle.clear(username);
        return sign(user.get());
    }

    private ApiException failedLogin(String username) {
        throttle.recordFailure(username);
        return new ApiException(ErrorCode.UNAUTHENTICATED, "Unknown username or wrong password");
    }

    private IssuedToken sign(UserAccount user) {
        var claims = Jwt.issuer(jwt.issuer())
                .subject(String.valueOf(user.id))
                .upn(user.username)
                .groups(Set.of(user.role.name()))
                .claim(UserAccount.GENERATION_CLAIM, user.tokenGeneration)
                .expiresIn(jwt.lifetime());
        if (user.prescriberId != null) {
            claims.claim("prescriberId", user.prescriberId);
        }
        return new IssuedToken(claims.sign(), jwt.lifetime(), user.role);
    }
}
