package org.triturate.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.triturate.testing.Api;
import org.triturate.testing.Compounding;
import org.triturate.testing.Orders;

/**
 * The recall search in a real browser: a lot used by a compounded order leads to that order, its preparation lot and
 * its patient; an unknown lot says nothing used it; a search without a lot shows the API's refusal beside the field.
 */
@QuarkusTest
class ConsoleRecallBrowserTest {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    private static final By RESULT = By.cssSelector(".recall-results [role=status]");

    @TestHTTPResource("/console/")
    URL console;

    @BeforeEach
    void signInAsAPharmacist() throws URISyntaxException {
        browser.open(console.toURI());
        browser.signIn(Api.createUser("PHARMACIST"), Api.PASSWORD);
        browser.script("location.hash = '#/recalls';");
        browser.waitForScreen("recall");
    }

    @Test
    void aLotLeadsToTheOrderItsPreparationLotAndItsPatient() {
        String lot = Api.unique("SER");
        long orderId = Compounding.compounded(
                Compounding.approvedOrder(),
                Compounding.record(
                        Compounding.supplier(true, "APPROVED"), Compounding.supplier(false, "APPROVED"), lot));
        String pharmacist = Api.tokenFor("PHARMACIST");
        JsonPath order = Api.as(pharmacist)
                .get("/api/v1/orders/" + orderId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath patient = Api.as(pharmacist)
                .get("/api/v1/patients/" + order.getLong("patientId"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String sertraline = Api.as(pharmacist)
                .get("/api/v1/ingredients/" + Orders.SERTRALINE)
                .then()
                .statusCode(200)
                .extract()
                .path("name");

        assertEquals("Recall search", browser.text(By.cssSelector("main h1")));
        search(String.valueOf(Orders.SERTRALINE), lot);

        assertEquals("Orders that used lot " + lot + " of " + sertraline + ": 1.", browser.text(RESULT));
        List<String> row =
                browser
                        .driver()
                        .findElements(By.cssSelector("table.recall tr[data-order-id='" + orderId + "'] > *"))
                        .stream()
                        .map(WebElement::getText)
                        .toList();
        assertEquals(order.getString("number"), row.get(0));
        assertEquals(order.getString("compounding.preparationLot"), row.get(1));
        assertTrue(
                row.get(2)
                        .startsWith(patient.getString("lastName") + ", " + patient.getString("firstName") + " (born "),
                row.get(2));
        assertEquals("Compounded", row.get(3));
        assertEquals(
                "#/orders/" + orderId,
                browser.find(By.cssSelector("table.recall tr[data-order-id='" + orderId + "'] a"))
                        .getDomAttribute("href"));
        browser.assertAccessible("recall");
        browser.screenshot("60-recall");
    }

    @Test
    void anUnknownLotShowsThatNoOrderUsedIt() {
        String lot = Api.unique("NEVER-USED");
        search(String.valueOf(Orders.SERTRALINE), lot);
        assertTrue(browser.text(RESULT).matches("No order used lot " + lot + " of .+\\."), browser.text(RESULT));
        assertTrue(browser.driver().findElements(By.cssSelector("table.recall")).isEmpty());
        browser.assertAccessible("recall, nothing found");
        browser.screenshot("61-recall-empty");
    }

    @Test
    void aSearchWithoutALotShowsTheServicesRefusalBesideTheLotField() {
        search(String.valueOf(Orders.SERTRALINE), "");
        assertEquals(
                "A recall names the lot (INVALID_FIELD)",
                browser.text(By.cssSelector("[data-field=lotNumber] .field-error")));
        assertEquals("true", browser.find(By.id("recall-lot")).getDomAttribute("aria-invalid"));
        browser.assertAccessible("recall, lot missing");
        browser.screenshot("62-recall-lot-missing");
    }

    private static void search(String ingredientId, String lot) {
        new Select(browser.find(By.id("recall-ingredient"))).selectByValue(ingredientId);
        browser.type(By.id("recall-lot"), lot);
        browser.click(By.cssSelector("form.recall-search button[type=submit]"));
    }
}
