package org.triturate.security;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.JsonNumber;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.triturate.common.config.TriturateConfig;

/**
 * Runs after a token's signature, issuer, audience and expiry were verified, on every authenticated request: the
 * token must name an existing, active user, be of the user's current token generation, and be within the absolute
 * session cap. The identity then carries the user's current role and account, not what the token claims: a token
 * outlives no deactivation, demotion, re-linking, password change or logout.
 */
@ApplicationScoped
public class SessionCheck implements SecurityIdentityAugmentor {

    /** The identity attribute that holds the caller's {@link AccountSession}. */
    public static final String ACCOUNT = "triturate.account";

    private final SessionCache sessions;
    private final Clock clock;
    private final Duration maxSession;
    private final boolean externalIssuer;

    SessionCheck(SessionCache sessions, Clock clock, TriturateConfig config) {
        this.sessions = sessions;
        this.clock = clock;
        this.maxSession = config.jwt().maxSession();
        this.externalIssuer = config.jwt().externalIssuer();
    }

    /** Refuses to start with settings under which no token, or any token, would pass. */
    void checkSettings(@Observes StartupEvent event, TriturateConfig config) {
        TriturateConfig.Jwt jwt = config.jwt();
        if (jwt.externalIssuer() && jwt.audience().filter(a -> !a.isBlank()).isEmpty()) {
            throw new IllegalStateException(
                    "triturate.jwt.external-issuer=true needs triturate.jwt.audience (TRITURATE_JWT_AUDIENCE): "
                            + "without it any token of the identity provider, for any application, would pass");
        }
        if (jwt.lifetime().compareTo(jwt.maxSession()) > 0) {
            throw new IllegalStateException("triturate.jwt.lifetime must not exceed triturate.jwt.max-session");
        }
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        long userId;
        try {
            requireWithinSessionCap(token);
            userId = userIdOf(token);
        } catch (AuthenticationFailedException e) {
            return Uni.createFrom().failure(e);
        }
        Optional<AccountSession> cached = sessions.cached(userId);
        if (cached.isPresent()) {
            return Uni.createFrom().item(() -> admit(identity, token, cached));
        }
        return context.runBlocking(() -> admit(identity, token, sessions.load(userId)));
    }

    private SecurityIdentity admit(SecurityIdentity identity, JsonWebToken token, Optional<AccountSession> found) {
        AccountSession account = found.filter(AccountSession::active)
                .orElseThrow(() -> refused("the user does not exist or is deactivated"));
        if (!ofCurrentGeneration(token, account)) {
            throw refused("the user's sessions were ended after this token was issued");
        }
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addAttribute(ACCOUNT, account)
                .addRole(account.role().name())
                .build();
    }

    private boolean ofCurrentGeneration(JsonWebToken token, AccountSession account) {
        Optional<Long> generation = numericClaim(token, UserAccount.GENERATION_CLAIM);
        if (generation.isEmpty()) {
            // An external identity provider cannot know the generation; every token this service issues has one.
            return externalIssuer;
        }
        return generation.get() == account.tokenGeneration();
    }

    private void requireWithinSessionCap(JsonWebToken token) {
        long issuedAt = token.getIssuedAtTime();
        if (issuedAt <= 0) {
            throw refused("the token has no issue time");
        }
        Instant issued = Instant.ofEpochSecond(issuedAt);
        Instant expires = Instant.ofEpochSecond(token.getExpirationTime());
        if (Duration.between(issued, expires).compareTo(maxSession) > 0
                || Duration.between(issued, clock.instant()).compareTo(maxSession) > 0) {
            throw refused("the token exceeds the absolute session lifetime");
        }
    }

    private static long userIdOf(JsonWebToken token) {
        String subject = token.getSubject();
        try {
            return Long.parseLong(subject);
        } catch (NumberFormatException e) {
            // An external issuer's own subject (e.g. "alice") names no user of ours.
            throw refused("the token's subject is not a user id");
        }
    }

    private static Optional<Long> numericClaim(JsonWebToken token, String name) {
        Object claim = token.getClaim(name);
        if (claim instanceof JsonNumber number) {
            return number.isIntegral() ? Optional.of(number.longValue()) : Optional.empty();
        }
        if (claim instanceof Long || claim instanceof Integer) {
            Number number = (Number) claim;
            return Optional.of(number.longValue());
        }
        return Optional.empty();
    }

    private static AuthenticationFailedException refused(String why) {
        return new AuthenticationFailedException("Token refused: " + why);
    }
}
