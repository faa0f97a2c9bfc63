package org.triturate.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triturate.console.PrescriberOrderForm.SUBMIT;
import static org.triturate.console.PrescriberOrderForm.errorOf;
import static org.triturate.console.PrescriberOrderForm.field;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.triturate.console.PrescriberFixtures.Desk;
import org.triturate.testing.Api;

/** The prescriber's screens through the browser: my orders, a new order, a change asked for by the reviewer. */
@QuarkusTest
class ConsolePrescriberBrowserTest {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @TestHTTPResource("/console/")
    URL console;

    private final PrescriberOrderForm form = new PrescriberOrderForm(browser);

    @Test
    void aPrescriberSeesItsOwnOrdersNewestFirstAndNotAnotherPrescribers() {
        Desk desk = PrescriberFixtures.desk();
        String older = PrescriberFixtures.submittedOrder(desk).getString("number");
        String newer = PrescriberFixtures.submittedOrder(desk).getString("number");
        String otherPrescribers =
                PrescriberFixtures.submittedOrder(PrescriberFixtures.desk()).getString("number");

        assertEquals("my-orders", signIn(desk.username()));
        List<String> numbers = browser.driver().findElements(By.cssSelector("table.my-orders tbody th a")).stream()
                .map(WebElement::getText)
                .toList();
        assertEquals(List.of(newer, older), numbers);
        assertFalse(numbers.contains(otherPrescribers));
        String firstRow = browser.text(By.cssSelector("table.my-orders tbody tr"));
        assertTrue(firstRow.contains(desk.patientLastName()), firstRow);
        assertTrue(firstRow.contains("37.5 mg (Capsule)"), firstRow);
        assertTrue(firstRow.contains("Submitted"), firstRow);

        new Select(browser.find(By.name("status"))).selectByValue("DISPENSED");
        browser.click(By.cssSelector(".my-orders-filter button[type=submit]"));
        browser.waitForText(By.cssSelector(".my-orders-results"), "You have no orders with this status.");
        assertFalse(browser.text(By.cssSelector(".my-orders-results")).contains("null"));
        new Select(browser.find(By.name("status"))).selectByValue("SUBMITTED");
        browser.click(By.cssSelector(".my-orders-filter button[type=submit]"));
        browser.waitForText(By.cssSelector("table.my-orders caption"), "(2 in all)");
        browser.screenshot("70-my-orders");
        browser.assertAccessible("70-my-orders");
    }

    @Test
    void aNewOrderShowsEachRefusalBesideItsFieldAndADoubleClickCreatesOneOrder() {
        Desk desk = PrescriberFixtures.desk();
        signIn(desk.username());
        browser.click(By.cssSelector("a.new-order"));
        browser.waitForScreen("new-order");

        form.choosePatient(desk.patientLastName());
        assertTrue(browser.text(By.cssSelector(".chosen-patient")).contains("Gluten (celiac disease)"));
        form.fillSertralineCapsules("Take 1 capsule by mouth once daily", "Short");
        browser.click(SUBMIT);
        assertTrue(browser.waitForText(errorOf("clinicalRationale.text"), "RATIONALE_REQUIRED")
                .contains("20 characters"));
        browser.waitForText(errorOf("informedConsent.obtained"), "CONSENT_NOT_DOCUMENTED");
        browser.waitForText(errorOf("informedConsent.alternativesDiscussed"), "CONSENT_NOT_DOCUMENTED");
        browser.waitForText(By.cssSelector(".alerts [role=alert]"), "See the messages next to the fields below.");
        assertEquals(0, PrescriberFixtures.orders(desk.token(), Map.of()).getInt("total"));
        scrollTo(field("clinicalRationale"));
        browser.screenshot("71-new-order-violations");
        browser.assertAccessible("71-new-order-violations");

        browser.type(By.name("rationaleText"), "Cannot tolerate the step from 25 mg to 50 mg");
        form.giveConsent();
        browser.screenshot("72-new-order");
        browser.assertAccessible("72-new-order");
        new Actions(browser.driver()).doubleClick(browser.find(SUBMIT)).perform();
        browser.waitForScreen("order");
        String announced = announcement();

        JsonPath orders = PrescriberFixtures.orders(desk.token(), Map.of());
        assertEquals(1, orders.getInt("total"), "one order for a double click");
        assertEquals("SUBMITTED", orders.getString("items[0].status"));
        assertEquals(desk.patientId(), orders.getLong("items[0].patientId"));
        assertEquals(List.of("DYE", "GLUTEN"), orders.getList("items[0].excludedAllergens"));
        assertEquals("Order " + orders.getString("items[0].number") + " submitted. Status: Submitted.", announced);
        assertEquals("#/orders/" + orders.getLong("items[0].id"), browser.script("return location.hash;"));
    }

    @Test
    void anOrderSentBackIsChangedAndResubmitted() {
        Desk desk = PrescriberFixtures.desk();
        long orderId = PrescriberFixtures.submittedOrder(desk).getLong("id");
        String reason = "Please say when in the day the capsule is taken";
        PrescriberFixtures.requestChanges(orderId, reason);

        signIn(desk.username());
        open("orders/" + orderId + "/edit", "order-edit");
        assertEquals(reason, browser.text(By.cssSelector(".review-reason .reason")));
        assertEquals(
                "Take 1 capsule by mouth once daily",
                browser.find(By.name("directions")).getAttribute("value"));
        browser.screenshot("73-order-edit");
        browser.assertAccessible("73-order-edit");

        String directions = "Take 1 capsule by mouth every morning";
        browser.type(By.name("directions"), directions);
        browser.click(SUBMIT);
        browser.waitForScreen("order");

        JsonPath order = PrescriberFixtures.order(desk.token(), orderId);
        assertEquals("SUBMITTED", order.getString("status"));
        assertEquals(directions, order.getString("directions"));
        assertEquals("Order " + order.getString("number") + " resubmitted. Status: Submitted.", announcement());
    }

    @Test
    void aChangeSentAfterSomeoneElseChangedTheOrderIsRefusedWithAReload() {
        Desk desk = PrescriberFixtures.desk();
        long orderId = PrescriberFixtures.submittedOrder(desk).getLong("id");
        PrescriberFixtures.requestChanges(orderId, "Please check the strength");
        signIn(desk.username());
        open("orders/" + orderId + "/edit", "order-edit");

        PrescriberFixtures.resubmit(desk, orderId);
        browser.type(By.name("directions"), "Take 1 capsule by mouth every evening");
        browser.click(SUBMIT);
        browser.waitForText(By.cssSelector(".alerts [role=alert][data-status='412']"), "Someone changed this record");
        assertEquals(
                "Take 1 capsule by mouth once daily",
                PrescriberFixtures.order(desk.token(), orderId).getString("directions"));
        browser.screenshot("75-order-edit-conflict");

        browser.click(By.cssSelector(".alerts button.reload"));
        browser.waitForText(By.cssSelector("main .notice"), "not waiting for changes");
        assertEquals("Submitted", browser.text(By.cssSelector("main .notice .status")));
    }

    @Test
    void aPharmacistTranscribingNamesThePrescriberAndHowThePrescriptionCameIn() {
        Desk desk = PrescriberFixtures.desk();
        String pharmacist = Api.createUser("PHARMACIST");
        signIn(pharmacist);
        open("new-order", "new-order");
        assertEquals("Transcribe an order", browser.text(By.tagName("h1")));

        form.choosePatient(desk.patientLastName());
        form.fillSertralineCapsules(
                "Take 1 capsule by mouth once daily", "Cannot tolerate the step from 25 mg to 50 mg");
        form.giveConsent();
        browser.click(SUBMIT);
        browser.waitForText(errorOf("receivedVia"), "INVALID_FIELD");

        new Select(browser.find(By.name("receivedVia"))).selectByValue("PHONE");
        browser.click(SUBMIT);
        browser.waitForText(errorOf("prescriberId"), "PRESCRIBER_NOT_FOUND");
        assertTrue(browser.driver().findElements(errorOf("receivedVia")).isEmpty());
        assertEquals(
                "true",
                browser.find(field("prescriberId")).findElement(By.name("npi")).getAttribute("aria-invalid"));
        scrollTo(field("prescriberId"));
        browser.screenshot("74-transcription-violations");
        browser.assertAccessible("74-transcription-violations");

        // No NPI names nobody (the API would list every prescriber, and the first is not the prescriber meant).
        browser.click(By.cssSelector("button.find-prescriber"));
        browser.waitForText(By.cssSelector(".prescriber-result"), "The 10-digit NPI");
        browser.type(By.name("npi"), desk.npi());
        browser.click(By.cssSelector("button.find-prescriber"));
        browser.waitForText(By.cssSelector(".prescriber-result"), desk.npi());
        // Two submissions racing each other, past the disabled button: the form's one Idempotency-Key makes one order.
        browser.script("const form = document.querySelector('form.prescription');"
                + " form.requestSubmit(); form.requestSubmit();");
        browser.waitForScreen("order");

        JsonPath orders =
                PrescriberFixtures.orders(Api.tokenFor("PHARMACIST"), Map.of("prescriberId", desk.prescriberId()));
        assertEquals(1, orders.getInt("total"));
        assertEquals("PHONE", orders.getString("items[0].receivedVia"));
        assertEquals(desk.patientId(), orders.getLong("items[0].patientId"));
    }

    private String signIn(String username) {
        browser.open(uri());
        return browser.signIn(username, Api.PASSWORD);
    }

    /** Follows an in-console link (a page load would end the session: the token lives in memory only). */
    private void open(String route, String screen) {
        browser.script("location.hash = arguments[0];", "#/" + route);
        browser.waitForScreen(screen);
    }

    private void scrollTo(By by) {
        browser.script("arguments[0].scrollIntoView({block: 'start'});", browser.find(by));
    }

    /** What the console last announced to screen readers (its live region is visually hidden). */
    private String announcement() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(driver -> !((String) browser.script("return document.getElementById('announcer').textContent;"))
                        .isEmpty());
        return (String) browser.script("return document.getElementById('announcer').textContent;");
    }

    private URI uri() {
        try {
            return console.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
