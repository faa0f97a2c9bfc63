package org.triturate.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The console is served from the jar, without a token, with a policy that lets only its own scripts run. */
@QuarkusTest
class ConsoleResourcesTest {

    @Test
    void theConsolePageIsServedWithoutATokenAndWithItsSecurityHeaders() {
        given().get("/console/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", equalTo("no-cache"))
                .body(containsString("<script type=\"module\" src=\"js/app.js\"></script>"));
    }

    @Test
    void scriptsAreServedAsJavaScriptModules() {
        given().get("/console/js/app.js")
                .then()
                .statusCode(200)
                .contentType(containsString("javascript"))
                .header("Content-Security-Policy", containsString("default-src 'self'"));
    }

    @Test
    void theConsoleWithoutATrailingSlashRedirectsToIt() {
        given().redirects()
                .follow(false)
                .get("/console")
                .then()
                .statusCode(equalTo(301))
                .header("Location", endsWith("/console/"));
    }
}
