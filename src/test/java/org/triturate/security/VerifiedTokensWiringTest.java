package org.triturate.security;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Quarkus's token validator injects the one JWTParser there is: it must be the remembering one. */
@QuarkusTest
class VerifiedTokensWiringTest {

    @Inject
    JWTParser parser;

    @Test
    void theRequestPathParsesTokensThroughVerifiedTokens() {
        assertInstanceOf(VerifiedTokens.class, parser);
    }
}
