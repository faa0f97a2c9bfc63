package org.triturate.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.triturate.testing.Api;
import org.triturate.testing.Compounding;
import org.triturate.testing.Formulations;
import org.triturate.testing.Orders;

/**
 * The whole path in one browser, moving only by the console's own links and buttons: a pharmacist finds a
 * submitted order in the queue, approves it with the matching formulation, opens the worksheet and records the
 * compounding, signs out; a second pharmacist verifies and releases it, previews the label with its PDF and
 * dispenses it. Every step is checked in the API.
 */
@QuarkusTest
class ConsoleWorkflowBrowserTest {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @TestHTTPResource("/console/")
    URL console;

    @Test
    void aPharmacistTakesAnOrderFromTheQueueToDispensedWithASecondPharmacistVerifying() throws URISyntaxException {
        Orders.Clinic clinic = Orders.clinic();
        String lastName = ConsoleApi.uniqueLastName("Workflow");
        long patientId = Orders.newPatient(clinic, Map.of("lastName", lastName));
        long orderId = Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(patientId));
        long formulationId = Formulations.created(Formulations.sertralineCapsules());
        String activeSupplier = ConsoleApi.supplierOption(Compounding.supplier(true, "APPROVED"));
        String excipientSupplier = ConsoleApi.supplierOption(Compounding.supplier(false, "APPROVED"));
        String compounder = Api.createUser("PHARMACIST");
        String verifier = Api.createUser("PHARMACIST");
        long started = System.nanoTime();

        browser.open(console.toURI());
        assertEquals("queue", browser.signIn(compounder, Api.PASSWORD));
        showInQueue(lastName, "SUBMITTED");
        browser.screenshot("90-workflow-queue");
        browser.click(orderLink(orderId));
        browser.waitForScreen("order");

        new Select(browser.find(By.name("formulationId"))).selectByValue(String.valueOf(formulationId));
        browser.type(By.cssSelector("form.review-approve [name=note]"), "Strength and excipients checked");
        browser.click(By.cssSelector("form.review-approve button[type=submit]"));
        browser.waitForText(By.cssSelector(".review-record"), "Approved");
        assertEquals("APPROVED", ConsoleApi.order(orderId).getString("status"));
        browser.screenshot("91-workflow-approved");

        browser.click(By.linkText("Worksheet"));
        browser.waitForScreen("worksheet");
        JsonPath worksheet = ConsoleApi.worksheet(orderId);
        browser.screenshot("92-workflow-worksheet");
        browser.click(By.linkText("Record the compounding"));
        browser.waitForScreen("compounding");
        component(0, activeSupplier, "API-" + lastName);
        component(1, excipientSupplier, "MCC-" + lastName);
        browser.type(By.name("components[0].quantityUsed.value"), worksheet.getString("lines[0].quantity.value"));
        browser.type(By.name("components[1].quantityUsed.value"), "4.2");
        browser.waitForText(By.cssSelector("[data-field='components[0].quantityUsed'] .tolerance"), "Within tolerance");
        browser.type(By.name("yield"), "30");
        new Select(browser.find(By.name("qualityControl[0].result"))).selectByValue("PASS");
        browser.screenshot("93-workflow-compounding");
        browser.click(By.cssSelector("form.compounding-record button[type=submit]"));
        browser.waitForScreen("order");
        JsonPath compounded = ConsoleApi.order(orderId);
        assertEquals("COMPOUNDED", compounded.getString("status"));
        assertEquals(compounder, compounded.getString("compounding.compoundedBy"));

        browser.click(By.id("sign-out"));
        browser.waitForScreen("sign-in");
        assertEquals("queue", browser.signIn(verifier, Api.PASSWORD));
        showInQueue(lastName, "COMPOUNDED");
        browser.click(orderLink(orderId));
        browser.waitForScreen("order");
        browser.click(By.linkText("Verify the preparation"));
        browser.waitForScreen("verification");
        browser.type(By.name("note"), "Lots, weights and yield match the worksheet");
        browser.screenshot("94-workflow-verification");
        browser.click(By.cssSelector("button[value=RELEASE]"));
        browser.waitForScreen("order");
        assertEquals("VERIFIED", ConsoleApi.order(orderId).getString("status"));

        browser.click(By.linkText("Label and dispense"));
        browser.waitForScreen("label");
        assertEquals(
                compounded.getString("compounding.preparationLot"),
                browser.text(By.cssSelector(".label-preview dd[data-label-field='lot']")));
        assertEquals(
                "application/pdf",
                browser.find(By.cssSelector("section.label-pdf[data-pdf-type]")).getAttribute("data-pdf-type"));
        browser.screenshot("95-workflow-label");
        browser.click(By.xpath("//button[normalize-space()='Dispense']"));
        browser.waitForText(By.cssSelector(".dispense-result"), "dispensed");
        assertEquals("DISPENSED", ConsoleApi.order(orderId).getString("status"));
        browser.screenshot("96-workflow-dispensed");
        System.out.printf(
                "CONSOLE-WORKFLOW queue to dispensed through the browser, two pharmacists: %.1f s%n",
                (System.nanoTime() - started) / 1e9);
    }

    /** Filters the queue to one patient's orders in a status, as a pharmacist would. */
    private void showInQueue(String lastName, String status) {
        browser.type(By.name("patientQuery"), lastName);
        browser.click(By.cssSelector("button.patient-search"));
        browser.waitForText(By.cssSelector("[data-field=patientQuery] [role=status]"), "Patients found: 1 ");
        new Select(browser.find(By.name("status"))).selectByValue(status);
        browser.click(By.cssSelector("form.queue-filters button[type=submit]"));
        browser.find(By.cssSelector("section.queue-results[aria-busy=false]"));
    }

    private void component(int index, String supplier, String lot) {
        String row = "components[" + index + "]";
        new Select(browser.find(By.name(row + ".supplierId"))).selectByVisibleText(supplier);
        browser.type(By.name(row + ".lotNumber"), lot);
        // A date input takes keys in the browser's locale format; its value property is ISO everywhere.
        browser.script(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                browser.find(By.name(row + ".expiresOn")),
                LocalDate.now().plusYears(1).toString());
    }

    private static By orderLink(long orderId) {
        return By.cssSelector("table.queue tbody tr[data-order-id='" + orderId + "'] a");
    }
}
