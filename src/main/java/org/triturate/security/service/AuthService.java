package org.triturate.security.service;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.triturate.common.config.TriturateConfig;
import org.triturate.common.problem.ApiException;
import org.triturate.common.problem.ErrorCode;
import org.triturate.security.PasswordHasher;
import org.triturate.security.Role;
import org.triturate.security.UserAccount;
import org.triturate.security.Username;

/**
 * Exchanges a username and password for a signed access token. Every refusal looks the same whether or not the
 * user exists: the same 401 body, a password check of the same cost, and the same lockout for unknown names. The
 * cheap checks come first (rate limits, then the lockout), so a refused caller never costs a password hash.
 */
@ApplicationScoped
public class AuthService {

    private final PasswordHasher passwords;
    private final LoginRateLimiter rateLimiter;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final TriturateConfig.Jwt jwt;

    AuthService(
            PasswordHasher passwords,
            LoginRateLimiter rateLimiter,
            LoginThrottle throttle,
            Clock clock,
            TriturateConfig config) {
        this.passwords = passwords;
        this.rateLimiter = rateLimiter;
        this.throttle = throttle;
        this.clock = clock;
        this.jwt = config.jwt();
    }

    public record IssuedToken(String token, Duration lifetime, Role role) {}

    /** @param clientAddress the address the request came from, for the per-address rate limit */
    public IssuedToken issueToken(String username, String password, String clientAddress) {
        Optional<String> canonical = Username.canonical(username);
        rateLimiter.admit(clientAddress, canonical.orElse(username));
        if (canonical.isEmpty()) {
            // No account can have this name; answer as for a wrong password, at the same cost.
            passwords.matchesNobody(password);
            throw badCredentials();
        }
        String name = canonical.get();
        throttle.reserveAttempt(name);
        Optional<UserAccount> user = UserAccount.findByUsername(name).filter(u -> u.active);
        boolean valid = user.isPresent()
                ? passwords.matches(password, user.get().passwordHash)
                : passwords.matchesNobody(password);
        if (!valid) {
            throw badCredentials();
        }
        throttle.succeeded(name);
        return sign(user.get());
    }

    private static ApiException badCredentials() {
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
