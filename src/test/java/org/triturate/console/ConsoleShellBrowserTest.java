package org.triturate.console;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.triturate.testing.Api;

/** The console's shell in a real browser: where it is served, signing in and out, and where the token is kept. */
@QuarkusTest
class ConsoleShellBrowserTest {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    private static final By ALERT = By.cssSelector("main [role=alert]");
    private static final By STATUS = By.cssSelector("main [role=status]");
    private static final By SIGN_OUT = By.id("sign-out");

    @TestHTTPResource("/console/")
    URL console;

    @TestHTTPResource("/console")
    URL consoleWithoutSlash;

    @Test
    void theConsoleWithoutItsSlashOpensTheSignInScreen() throws URISyntaxException {
        // The 301 itself is ConsoleResourcesTest's; here the browser follows it to the console.
        browser.open(consoleWithoutSlash.toURI());
        browser.waitForScreen("sign-in");
        assertTrue(
                browser.driver().getCurrentUrl().endsWith("/console/#/sign-in"),
                browser.driver().getCurrentUrl());
    }

    @Test
    void theSignInScreenIsAccessible() throws URISyntaxException {
        browser.open(console.toURI());
        browser.waitForScreen("sign-in");
        assertEquals("Sign in", browser.text(By.tagName("h1")));
        browser.assertAccessible("sign-in");
        browser.screenshot("01-sign-in");
    }

    @Test
    void aWrongPasswordShowsTheServicesMessageAndSignsNobodyIn() throws URISyntaxException {
        String username = Api.createUser("PHARMACIST");
        // The service answers an unknown username and a wrong password alike: its message, asked for a name nobody
        // has, so that this user's failed logins count only the browser's attempt.
        String refusal = given().contentType(ContentType.JSON)
                .body(Map.of("username", Api.unique("nobody"), "password", "not the password"))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(401)
                .extract()
                .path("detail");

        browser.open(console.toURI());
        browser.waitForScreen("sign-in");
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), "not the password");
        browser.click(By.cssSelector("form button[type=submit]"));

        browser.waitForText(ALERT, refusal);
        assertEquals("sign-in", browser.screen());
        assertTrue(browser.driver().findElements(SIGN_OUT).isEmpty(), "no sign-out button: nobody is signed in");
        browser.assertAccessible("sign-in refused");
        browser.screenshot("02-sign-in-refused");
    }

    @Test
    void aPharmacistSignsInToTheQueueKeepingTheTokenInMemoryOnlyThenSignsOut() throws URISyntaxException {
        String username = Api.createUser("PHARMACIST");
        browser.open(console.toURI());

        assertEquals("queue", browser.signIn(username, Api.PASSWORD));
        assertEquals(
                "Signed in as " + username + " (Pharmacist)",
                browser.text(By.cssSelector("#app-header .session span")));
        assertTrue(browser.driver().getCurrentUrl().endsWith("#/queue"));
        assertFalse(storedTokens(), "a token (eyJ…) in localStorage, sessionStorage or a cookie");
        browser.screenshot("03-signed-in");

        // The skip link moves focus to the content and leaves the screen as it is (its #main is not a route).
        browser.script("document.getElementById('skip-link').click();");
        assertEquals("queue", browser.screen());
        assertEquals("main", browser.script("return document.activeElement.id;"));

        // The token lived in the page only: a reload asks to sign in again, then returns to the screen it was on.
        browser.driver().get("about:blank");
        browser.driver().get(console + "#/formulations");
        browser.waitForScreen("sign-in");
        assertEquals("formulations", browser.signIn(username, Api.PASSWORD));

        // Signing out ends the session at the service too: a token issued before it is refused from then on.
        String earlierToken = Api.token(username, Api.PASSWORD);
        browser.click(SIGN_OUT);
        browser.waitForScreen("sign-in");
        assertEquals("You are signed out.", browser.text(STATUS));
        assertTrue(browser.driver().findElements(SIGN_OUT).isEmpty());
        Api.as(earlierToken).get("/api/v1/users/me").then().statusCode(401);

        browser.reload();
        browser.waitForScreen("sign-in");
        assertTrue(browser.driver().getCurrentUrl().endsWith("#/sign-in"));
        assertTrue(browser.driver().findElements(SIGN_OUT).isEmpty(), "a reload stays signed out");
    }

    /** Whether any web storage entry or cookie holds a JWT (they all begin with eyJ, base64 of {"). */
    private static boolean storedTokens() {
        @SuppressWarnings("unchecked")
        List<String> stored = (List<String>) browser.script(
                "return [localStorage, sessionStorage].flatMap(storage => Object.entries(storage).flat())"
                        + ".concat([document.cookie]);");
        List<String> cookies = browser.driver().manage().getCookies().stream()
                .map(Cookie::getValue)
                .toList();
        return stored.stream().anyMatch(value -> value.contains("eyJ"))
                || cookies.stream().anyMatch(value -> value.contains("eyJ"));
    }
}
