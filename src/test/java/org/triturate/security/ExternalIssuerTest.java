package org.triturate.security;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;

/**
 * Issue 14, item 8: tokens of an external identity provider (here signed with the test key, as its JWKS would
 * verify them) must name our audience, need no generation claim, and a subject that is no user id is a 401.
 */
@QuarkusTest
@TestProfile(ExternalIssuerTest.ExternalIssuer.class)
class ExternalIssuerTest {

    static final String AUDIENCE = "triturate-api";

    public static class ExternalIssuer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("triturate.jwt.external-issuer", "true", "triturate.jwt.audience", AUDIENCE);
        }
    }

    private static long adminId() {
        return QuarkusTransaction.requiringNew()
                .call(() -> UserAccount.findByUsername("admin").orElseThrow().id);
    }

    private static JwtClaimsBuilder fromTheProvider(String subject) {
        return Jwt.issuer("triturate")
                .subject(subject)
                .upn("someone@idp.example")
                .groups("ADMIN")
                .expiresIn(600);
    }

    @Test
    void aTokenForOurAudienceWithoutAGenerationIsAccepted() {
        String token =
                fromTheProvider(String.valueOf(adminId())).audience(AUDIENCE).sign();
        Api.as(token).get("/api/v1/users/me").then().statusCode(200).body("username", equalTo("admin"));
    }

    @Test
    void aTokenWithoutOrWithAnotherAudienceIs401() {
        String subject = String.valueOf(adminId());
        Api.as(fromTheProvider(subject).sign())
                .get("/api/v1/users/me")
                .then()
                .statusCode(401)
                .body("violations[0].code", equalTo("UNAUTHENTICATED"));
        Api.as(fromTheProvider(subject).audience("another-app").sign())
                .get("/api/v1/users/me")
                .then()
                .statusCode(401);
    }

    @Test
    void aSubjectThatIsNoUserIdIs401NotA500() {
        String alice = fromTheProvider("alice").audience(AUDIENCE).sign();
        Api.as(alice)
                .get("/api/v1/users")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("violations[0].code", equalTo("UNAUTHENTICATED"));
    }
}
