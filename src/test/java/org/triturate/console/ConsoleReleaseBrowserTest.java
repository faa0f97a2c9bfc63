package org.triturate.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.triturate.testing.Api;
import org.triturate.testing.Compounding;
import org.triturate.testing.Orders;

/**
 * The pharmacy's side of an order in a real browser: worksheet, compounding record (live tolerance, violations
 * beside their fields), verification by a second pharmacist, label preview with its PDF, and dispensing.
 */
@QuarkusTest
class ConsoleReleaseBrowserTest {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
    private static final By ALERT = By.cssSelector("main [role=alert]");

    @TestHTTPResource("/console/")
    URL console;

    @Test
    void theWorksheetShowsWhatToWeighOfEachLine() {
        long order = Compounding.approvedOrder();
        JsonPath worksheet = ConsoleApi.worksheet(order);

        openAs(Api.createUser("TECHNICIAN"), "orders/" + order + "/worksheet", "worksheet");

        assertEquals(
                worksheet.getString("lines[0].quantity.value") + " mg",
                browser.text(line(Orders.SERTRALINE, "td.target")));
        assertEquals("qs (quantity sufficient)", browser.text(line(Orders.MICROCRYSTALLINE_CELLULOSE, "td.target")));
        assertTrue(
                browser.text(By.cssSelector(".batch-units")).startsWith(worksheet.getString("batchUnits") + " unit"));
        assertTrue(browser.text(By.cssSelector(".worksheet-steps")).contains("Mix geometrically"));
        browser.find(By.xpath("//button[normalize-space()='Print the worksheet']"));
        browser.assertAccessible("worksheet");
        browser.screenshot("30-worksheet");

        // Printed, the page is the sheet alone: no navigation, buttons or links around it.
        ChromeDriver chromium = (ChromeDriver) browser.driver();
        chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertTrue(browser.driver()
                    .findElement(By.cssSelector(".worksheet-sheet"))
                    .isDisplayed());
            for (String around : List.of("#app-header", ".release-actions", "main .screen > p")) {
                assertFalse(browser.driver().findElement(By.cssSelector(around)).isDisplayed(), around);
            }
        } finally {
            chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void aCompoundingRecordShowsTheToleranceLiveAndTheServicesRefusalsBesideTheirFields() {
        long order = Compounding.approvedOrder();
        String pharmacist = Api.createUser("PHARMACIST");
        String activeSupplier = ConsoleApi.supplierOption(Compounding.supplier(true, "APPROVED"));
        String excipientSupplier = ConsoleApi.supplierOption(Compounding.supplier(false, "APPROVED"));
        BigDecimal target = new BigDecimal(ConsoleApi.worksheet(order).getString("lines[0].quantity.value"));

        openAs(pharmacist, "orders/" + order + "/compounding", "compounding");
        fillComponent(0, activeSupplier, Api.unique("L"), LocalDate.now().plusYears(1));
        fillComponent(1, excipientSupplier, Api.unique("M"), LocalDate.now().minusDays(1));
        browser.type(By.name("components[1].quantityUsed.value"), "4.2");
        browser.type(By.name("yield"), "30");
        new Select(browser.find(By.name("qualityControl[0].result"))).selectByValue("PASS");
        String sevenPercentOff = target.multiply(new BigDecimal("1.07"))
                .setScale(1, RoundingMode.HALF_UP)
                .toPlainString();
        browser.type(By.name("components[0].quantityUsed.value"), sevenPercentOff);

        String tolerance = browser.waitForText(tolerance(0), "Needs a deviation note");
        assertTrue(tolerance.contains("7.0 % from the target"), tolerance);
        browser.assertAccessible("compounding record");
        browser.screenshot("31-compounding-tolerance");

        submit();
        String tooFar = browser.waitForText(
                By.cssSelector("[data-field='components'] > .field-error"), "QUANTITY_OUT_OF_TOLERANCE");
        assertTrue(tooFar.contains("needs a deviationNote"), tooFar);
        assertTrue(browser.text(By.cssSelector("[data-field='components[1].expiresOn'] .field-error"))
                .contains("LOT_EXPIRED"));
        assertEquals("APPROVED", ConsoleApi.order(order).getString("status"));

        setDate(By.name("components[1].expiresOn"), LocalDate.now().plusYears(2));
        browser.type(
                By.name("deviationNote"), "Capsule fill weights ran high; within the limit, checked by the pharmacist");
        browser.screenshot("32-compounding-record");
        submit();

        browser.waitForScreen("order");
        JsonPath compounded = ConsoleApi.order(order);
        assertEquals("COMPOUNDED", compounded.getString("status"));
        assertEquals(pharmacist, compounded.getString("compounding.compoundedBy"));
    }

    @Test
    void thePharmacistWhoCompoundedCannotVerifyAndAnotherReleases() {
        String compounder = Api.createUser("PHARMACIST");
        long order = ConsoleApi.compoundedBy(compounder, Compounding.approvedOrder());

        // Signed in as typed, in capitals: the service knows the user by its canonical name all the same.
        openAs(compounder.toUpperCase(Locale.ROOT), "orders/" + order + "/verification", "verification");
        assertTrue(browser.text(By.cssSelector(".blocked")).contains("You recorded this compounding"));
        assertTrue(browser.driver()
                .findElements(By.cssSelector("main form button"))
                .isEmpty());
        browser.assertAccessible("verification blocked");
        browser.screenshot("33-verification-blocked");

        openAs(Api.createUser("PHARMACIST"), "orders/" + order + "/verification", "verification");
        assertEquals(
                ConsoleApi.order(order).getString("compounding.preparationLot"),
                browser.text(By.cssSelector(".verification-compounding dd")));
        browser.type(By.name("note"), "Weights and lots checked against the worksheet");
        browser.assertAccessible("verification");
        browser.screenshot("34-verification");
        browser.click(By.cssSelector("button[value=RELEASE]"));

        browser.waitForScreen("order");
        assertEquals("VERIFIED", ConsoleApi.order(order).getString("status"));
    }

    @Test
    void theLabelPreviewAndItsPdfThenDispensing() {
        long order = Compounding.verifiedOrder();
        JsonPath compounding = ConsoleApi.order(order);

        openAs(Api.createUser("PHARMACIST"), "orders/" + order + "/label", "label");
        assertEquals(compounding.getString("compounding.preparationLot"), browser.text(labelField("lot")));
        assertEquals(
                LocalDate.parse(compounding.getString("compounding.beyondUseDate"))
                        .format(SHOWN_DATE),
                browser.text(labelField("beyondUseDate")));
        assertEquals("This is a compounded preparation.", browser.text(By.cssSelector(".label-statement")));
        WebElement pdf = browser.find(By.cssSelector("section.label-pdf[data-pdf-type]"));
        assertEquals("application/pdf", pdf.getAttribute("data-pdf-type"));
        assertTrue(Long.parseLong(pdf.getAttribute("data-pdf-size")) > 500, pdf.getAttribute("data-pdf-size"));
        browser.assertAccessible("label");
        browser.screenshot("35-label");

        browser.click(By.xpath("//button[normalize-space()='Dispense']"));
        browser.waitForText(By.cssSelector(".dispense-result"), "dispensed");
        assertEquals("DISPENSED", ConsoleApi.order(order).getString("status"));
        assertEquals("Dispensed", browser.text(By.cssSelector(".order-summary .status")));
        browser.assertAccessible("dispensed");
        browser.screenshot("36-dispensed");

        // The label of a dispensed order stays available, without the dispense action (and without a stray "null").
        openAs(Api.createUser("PHARMACIST"), "orders/" + order + "/label", "label");
        assertEquals(compounding.getString("compounding.preparationLot"), browser.text(labelField("lot")));
        assertTrue(
                browser.driver().findElements(By.cssSelector("form.dispense")).isEmpty());
        assertFalse(browser.text(By.tagName("main")).contains("null"), browser.text(By.tagName("main")));
    }

    @Test
    void aDispenseAfterTheOrderChangedBehindTheScreenIsExplainedWithReload() {
        long order = Compounding.verifiedOrder();
        openAs(Api.createUser("PHARMACIST"), "orders/" + order + "/label", "label");

        // Another pharmacist discards the preparation; it is compounded and released again, all through the API.
        ConsoleApi.reject(order);
        Compounding.verified(order);
        browser.click(By.xpath("//button[normalize-space()='Dispense']"));

        WebElement alert = browser.find(ALERT);
        assertEquals("412", alert.getAttribute("data-status"));
        assertTrue(alert.getText().contains("Someone changed this record after you opened it"), alert.getText());
        assertEquals("VERIFIED", ConsoleApi.order(order).getString("status"));
        browser.assertAccessible("dispense conflict");
        browser.screenshot("37-dispense-conflict");

        browser.click(By.cssSelector("main [role=alert] button.reload"));
        browser.waitForScreen("label");
        assertEquals(ConsoleApi.order(order).getString("compounding.preparationLot"), browser.text(labelField("lot")));
        browser.click(By.xpath("//button[normalize-space()='Dispense']"));
        browser.waitForText(By.cssSelector(".dispense-result"), "dispensed");
        assertEquals("DISPENSED", ConsoleApi.order(order).getString("status"));
    }

    /** A fresh page (the token lives in memory only), signed in as username, on route. */
    private void openAs(String username, String route, String screen) {
        browser.driver().get("about:blank");
        browser.driver().get(console + "#/" + route);
        browser.signIn(username, Api.PASSWORD);
        browser.waitForScreen(screen);
    }

    private void fillComponent(int index, String supplier, String lot, LocalDate expiresOn) {
        String path = "components[" + index + "]";
        new Select(browser.find(By.name(path + ".supplierId"))).selectByVisibleText(supplier);
        browser.type(By.name(path + ".lotNumber"), lot);
        setDate(By.name(path + ".expiresOn"), expiresOn);
    }

    /** Date inputs take keys in the browser's locale format; the value property is the same in every locale. */
    private void setDate(By by, LocalDate date) {
        browser.script(
                "arguments[0].value = arguments[1];"
                        + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                browser.find(by),
                date.toString());
    }

    private void submit() {
        browser.click(By.cssSelector("form.compounding-record button[type=submit]"));
    }

    private static By line(long ingredientId, String cell) {
        return By.cssSelector("table.worksheet-lines tr[data-ingredient-id='" + ingredientId + "'] " + cell);
    }

    private static By tolerance(int index) {
        return By.cssSelector("[data-field='components[" + index + "].quantityUsed'] .tolerance");
    }

    private static By labelField(String name) {
        return By.cssSelector(".label-preview dd[data-label-field='" + name + "']");
    }
}
