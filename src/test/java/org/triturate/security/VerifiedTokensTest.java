package org.triturate.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

/** The verified-token memory: what it may skip (a second verification of the same text) and what it may not. */
class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

    /** Verifies nothing itself: answers tokens whose text is "valid-<exp epoch second>", counts its calls. */
    private static final class CountingVerifier extends DefaultJWTParser {
        final List<String> verified = new ArrayList<>();

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            verified.add(token);
            if (!token.startsWith("valid-")) {
                throw new ParseException("signature does not verify");
            }
            JwtClaims claims = new JwtClaims();
            claims.setSubject("7");
            claims.setExpirationTime(NumericDate.fromSeconds(Long.parseLong(token.substring("valid-".length()))));
            return new DefaultJWTCallerPrincipal(token, claims);
        }
    }

    private final CountingVerifier verifier = new CountingVerifier();
    private final AtomicReference<Instant> now = new AtomicReference<>(NOW);
    private final VerifiedTokens tokens = new VerifiedTokens(verifier, new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    });

    private final String expiresInAnHour = "valid-" + NOW.plusSeconds(3600).getEpochSecond();

    @Test
    void aTokenIsVerifiedOnceWhileItIsValid() throws ParseException {
        JsonWebToken first = tokens.parse(expiresInAnHour);
        JsonWebToken second = tokens.parse(expiresInAnHour);

        assertSame(first, second);
        assertEquals(List.of(expiresInAnHour), verifier.verified);
    }

    @Test
    void anExpiredTokenIsVerifiedAgainAndRefusedByTheVerifier() throws ParseException {
        tokens.parse(expiresInAnHour);
        now.set(NOW.plusSeconds(3600));

        // The counting verifier does not look at expiry; the real one refuses the token there.
        tokens.parse(expiresInAnHour);

        assertEquals(List.of(expiresInAnHour, expiresInAnHour), verifier.verified);
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        assertThrows(ParseException.class, () -> tokens.parse("forged"));
        assertThrows(ParseException.class, () -> tokens.parse("forged"));

        assertEquals(List.of("forged", "forged"), verifier.verified);
    }

    @Test
    void anyOtherTextIsVerifiedOnItsOwn() throws ParseException {
        String other = "valid-" + NOW.plusSeconds(60).getEpochSecond();
        tokens.parse(expiresInAnHour);
        tokens.parse(other);

        assertEquals(List.of(expiresInAnHour, other), verifier.verified);
    }

    @Test
    void theMemoryIsBounded() throws ParseException {
        for (int i = 0; i <= VerifiedTokens.MAX_TOKENS; i++) {
            tokens.parse("valid-" + (NOW.plusSeconds(3600).getEpochSecond() + i));
        }
        verifier.verified.clear();

        // The first was forgotten when the memory filled up: verified again.
        tokens.parse(expiresInAnHour);

        assertEquals(List.of(expiresInAnHour), verifier.verified);
    }
}
