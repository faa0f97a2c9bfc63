package org.triturate.console;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.triturate.testing.Api;
import org.triturate.testing.Formulations;
import org.triturate.testing.Orders;

/**
 * The pharmacist's review through the browser: the queue (oldest first, allergies and warnings on each row, filters,
 * paging), the order detail, and the decisions, each checked against the API afterwards.
 */
@QuarkusTest
class ConsoleReviewBrowserTest {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @TestHTTPResource("/console/")
    URL console;

    private static final By QUEUE_RESULTS = By.cssSelector("section.queue-results[aria-busy=false]");
    private static final By QUEUE_ROWS = By.cssSelector("table.queue tbody tr");

    @Test
    void theQueueShowsSubmittedOrdersOldestFirstWithAllergiesAndWarningsAndFiltersAndPages() {
        Orders.Clinic clinic = Orders.clinic();
        String lastName = ConsoleApi.uniqueLastName("Queue");
        long patientId = Orders.newPatient(clinic, Map.of("lastName", lastName));
        List<Long> orderIds = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            orderIds.add(Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(patientId)));
        }
        long sentBack = orderIds.get(21);
        ConsoleApi.review(sentBack, Map.of("decision", "REQUEST_CHANGES", "reason", "Please confirm the strength"));

        signInAs(Api.createUser("PHARMACIST"));
        browser.waitForScreen("queue");
        browser.type(By.name("patientQuery"), lastName);
        browser.click(By.cssSelector("button.patient-search"));
        browser.waitForText(By.cssSelector("[data-field=patientQuery] [role=status]"), "Patients found: 1 ");
        assertThat(
                new Select(browser.find(By.name("patientId")))
                        .getFirstSelectedOption()
                        .getText(),
                containsString(lastName));
        browser.click(By.cssSelector("form.queue-filters button[type=submit]"));

        browser.waitForText(By.cssSelector("table.queue caption"), "page 1 of 2 (21 in all)");
        List<WebElement> rows = browser.driver().findElements(QUEUE_ROWS);
        assertThat(rows, hasSize(20));
        assertThat(
                rows.subList(0, 3).stream()
                        .map(row -> row.getAttribute("data-order-id"))
                        .toList(),
                contains(
                        String.valueOf(orderIds.get(0)),
                        String.valueOf(orderIds.get(1)),
                        String.valueOf(orderIds.get(2))));
        String firstRow = rows.get(0).getText();
        assertThat(
                firstRow,
                allOf(
                        containsString(number(orderIds.get(0))),
                        containsString(lastName + ", Sam"),
                        containsString("Sertraline hydrochloride 37.5 mg, Capsule"),
                        containsString("37.5 mg"),
                        containsString("Capsule"),
                        containsString("Moreau, Ada"),
                        containsString("Gluten: celiac disease"),
                        containsString("WARN EXCLUSION_ADDED_FOR_ALLERGY: Excluded because of the patient's allergies"),
                        containsString("Excludes: Dye, Gluten (from the patient's allergies)")));
        browser.screenshot("10-queue");
        browser.assertAccessible("review queue");

        browser.click(By.cssSelector("nav.pager button.next"));
        browser.waitForText(By.cssSelector("table.queue caption"), "page 2 of 2 (21 in all)");
        assertThat(rowIds(), contains(String.valueOf(orderIds.get(20))));

        new Select(browser.find(By.name("status"))).selectByValue("CHANGES_REQUESTED");
        browser.click(By.cssSelector("form.queue-filters button[type=submit]"));
        browser.waitForText(By.cssSelector("table.queue caption"), "Changes requested, oldest first: page 1 of 1");
        assertThat(rowIds(), contains(String.valueOf(sentBack)));
    }

    @Test
    void theDetailShowsEveryCheckThePrescribersStandingAndTheHistory() {
        Orders.Clinic clinic = Orders.clinic();
        long orderId = Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId()));
        JsonPath order = ConsoleApi.order(orderId);

        signInAs(Api.createUser("PHARMACIST"));
        openOrder(orderId);

        assertThat(browser.text(By.tagName("h1")), equalTo("Order " + order.getString("number")));
        List<Map<String, String>> checks = order.getList("checks");
        assertThat(checks, not(empty()));
        for (Map<String, String> check : checks) {
            String row = browser.text(By.cssSelector("table.checks tr[data-code='" + check.get("code") + "']"));
            assertThat(
                    row,
                    allOf(
                            containsString(check.get("code")),
                            containsString(check.get("outcome")),
                            containsString(check.get("detail"))));
        }
        assertThat(browser.driver().findElements(By.cssSelector("table.checks tbody tr")), hasSize(checks.size()));
        assertThat(browser.text(By.cssSelector(".allergy-list")), containsString("Gluten: celiac disease"));
        assertThat(
                browser.text(By.cssSelector(".exclusion-list")),
                allOf(containsString("Dye"), containsString("Gluten (from the patient's allergies)")));
        assertThat(
                browser.text(By.cssSelector("table.licences tbody tr")),
                allOf(
                        containsString("OR"),
                        containsString("MD-12345"),
                        containsString("Active"),
                        containsString("Dec 31, 2099"),
                        endsWith("Yes")));
        assertThat(
                browser.text(By.cssSelector("table.licences thead")),
                containsString("Valid today in the patient's state (OR)"));
        assertThat(
                browser.text(By.cssSelector("table.dea tbody tr")),
                allOf(
                        containsString("OR"),
                        containsString("3, 4, 5"),
                        containsString("Jun 30, 2099"),
                        endsWith("Yes")));
        assertThat(
                browser.text(By.cssSelector("ol.timeline")),
                allOf(containsString("Submitted by"), containsString("— → Submitted")));
        assertThat(browser.text(By.tagName("main")), not(containsString("null")));
        browser.screenshot("11-order-detail");
        browser.assertAccessible("order detail");
    }

    @Test
    void anApprovalWithAFormulationOfAnotherStrengthShowsTheMismatchBesideTheFieldAndTheMatchingOneApproves() {
        Orders.Clinic clinic = Orders.clinic();
        long orderId = Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId()));
        Map<String, Object> otherStrength = Formulations.sertralineCapsules();
        otherStrength.put("name", "Sertraline 25 mg capsules, dye-free");
        otherStrength.put(
                "actives",
                List.of(Map.of("ingredientId", Orders.SERTRALINE, "amountPerUnit", Orders.quantity(25, "mg"))));
        long mismatching = Formulations.created(otherStrength);
        long matching = Formulations.created(Formulations.sertralineCapsules());
        String pharmacist = Api.createUser("PHARMACIST");

        signInAs(pharmacist);
        openOrder(orderId);
        Select formulation = new Select(browser.find(By.name("formulationId")));
        assertThat(optionGroupOf(matching), equalTo("Match the order exactly"));
        assertThat(optionGroupOf(mismatching), equalTo("Do not match the order (other actives or strengths)"));
        formulation.selectByValue(String.valueOf(mismatching));
        browser.click(By.cssSelector("form.review-approve button[type=submit]"));

        String error = browser.waitForText(
                By.cssSelector("form.review-approve [data-field=formulationId] .field-error"), "FORMULATION_MISMATCH");
        assertThat(error, containsString("Sertraline 25 mg capsules, dye-free does not make this order"));
        assertThat(browser.find(By.name("formulationId")).getAttribute("aria-invalid"), equalTo("true"));
        browser.waitForText(By.cssSelector(".review [role=alert]"), "See the messages next to the fields below.");
        browser.screenshot("12-review-violation");
        browser.assertAccessible("review with a violation");
        assertThat(ConsoleApi.order(orderId).getString("status"), equalTo("SUBMITTED"));

        new Select(browser.find(By.name("formulationId"))).selectByValue(String.valueOf(matching));
        browser.click(By.cssSelector("form.review-approve button[type=submit]"));

        browser.waitForText(By.cssSelector(".review-record"), "Approved");
        JsonPath approved = ConsoleApi.order(orderId);
        assertThat(approved.getString("status"), equalTo("APPROVED"));
        assertThat(approved.getLong("formulationId"), equalTo(matching));
        assertThat(approved.getString("review.reviewedBy"), equalTo(pharmacist));
        assertThat(
                browser.text(By.cssSelector("ol.timeline")),
                allOf(containsString("Approved by " + pharmacist), containsString("Submitted → Approved")));
        assertThat(browser.driver().findElements(By.cssSelector("form.review-approve")), empty());
        assertThat(
                browser.text(By.cssSelector("nav.order-actions")),
                allOf(containsString("Worksheet"), containsString("Record the compounding")));
    }

    @Test
    void aRejectionWithoutAReasonShowsTheApisMessageBesideTheReasonAndChangesCanBeRequested() {
        Orders.Clinic clinic = Orders.clinic();
        long orderId = Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId()));

        signInAs(Api.createUser("PHARMACIST"));
        openOrder(orderId);
        browser.click(By.cssSelector("form.review-return button[value=REJECT]"));

        assertThat(
                browser.waitForText(
                        By.cssSelector("form.review-return [data-field=reason] .field-error"), "INVALID_FIELD"),
                containsString("A REJECT gives the prescriber a reason"));
        assertThat(ConsoleApi.order(orderId).getString("status"), equalTo("SUBMITTED"));

        browser.type(By.cssSelector("form.review-return textarea[name=reason]"), "Please add the patient's weight");
        browser.click(By.cssSelector("form.review-return button[value=REQUEST_CHANGES]"));

        browser.waitForText(By.cssSelector(".review-record"), "Changes requested");
        JsonPath changed = ConsoleApi.order(orderId);
        assertThat(changed.getString("status"), equalTo("CHANGES_REQUESTED"));
        assertThat(changed.getString("review.note"), equalTo("Please add the patient's weight"));
        assertThat(
                browser.text(By.cssSelector("ol.timeline")), containsString("Note: Please add the patient's weight"));
        assertThat(browser.text(By.cssSelector("nav.order-actions")), containsString("Change and resubmit"));
    }

    @Test
    void anApprovalOfAVersionChangedBehindTheScreenIsExplainedAndWorksAfterAReload() {
        Orders.Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        long orderId = Orders.submitted(clinic.prescriberToken(), body);
        long matching = Formulations.created(Formulations.sertralineCapsules());

        signInAs(Api.createUser("PHARMACIST"));
        openOrder(orderId);
        ConsoleApi.review(orderId, Map.of("decision", "REQUEST_CHANGES", "reason", "Confirm the directions"));
        Api.as(clinic.prescriberToken())
                .header("If-Match", Orders.etag(orderId))
                .body(body)
                .put("/api/v1/orders/" + orderId)
                .then()
                .statusCode(200);

        new Select(browser.find(By.name("formulationId"))).selectByValue(String.valueOf(matching));
        browser.click(By.cssSelector("form.review-approve button[type=submit]"));

        String alert = browser.waitForText(
                By.cssSelector(".review [role=alert][data-status='412']"), "Someone changed this record");
        assertThat(alert, containsString("Reload to see the current version"));
        browser.screenshot("13-review-conflict");
        assertThat(ConsoleApi.order(orderId).getString("status"), equalTo("SUBMITTED"));

        browser.click(By.cssSelector(".review [role=alert] button.reload"));
        browser.waitForScreen("order");
        assertThat(
                browser.text(By.cssSelector("ol.timeline")),
                allOf(containsString("Changes requested by"), containsString("Changed and resubmitted by")));
        new Select(browser.find(By.name("formulationId"))).selectByValue(String.valueOf(matching));
        browser.click(By.cssSelector("form.review-approve button[type=submit]"));

        browser.waitForText(By.cssSelector(".review-record"), "Approved");
        assertThat(ConsoleApi.order(orderId).getString("status"), equalTo("APPROVED"));
    }

    @Test
    void aTechnicianSeesTheQueueAndTheDetailButNoReviewForm() {
        Orders.Clinic clinic = Orders.clinic();
        long orderId = Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId()));

        assertThat(signInAs(Api.createUser("TECHNICIAN")), equalTo("queue"));
        browser.find(QUEUE_RESULTS);
        openOrder(orderId);

        assertThat(browser.find(By.cssSelector("table.checks")).isDisplayed(), equalTo(true));
        assertThat(
                browser.driver().findElements(By.cssSelector("section.review, form.review-approve, form.cancel-order")),
                empty());
        browser.assertAccessible("order detail for a technician");
    }

    @Test
    void thePrescriberSeesItsOrderSentBackWithoutAReviewFormAndCancelsIt() {
        Orders.Clinic clinic = Orders.clinic();
        long orderId = Orders.submitted(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId()));
        ConsoleApi.review(orderId, Map.of("decision", "REQUEST_CHANGES", "reason", "Confirm the strength"));

        signInAs(Api.prescriberUser(clinic.prescriberId()));
        openOrder(orderId);

        assertThat(browser.text(By.cssSelector("nav.order-actions")), containsString("Change and resubmit"));
        assertThat(browser.text(By.cssSelector("table.licences tbody tr")), containsString("MD-12345"));
        assertThat(browser.driver().findElements(By.cssSelector("section.review")), empty());
        browser.click(By.cssSelector("form.cancel-order button[type=submit]"));
        browser.find(By.cssSelector("form.cancel-order [data-field=reason] .field-error"));
        assertThat(ConsoleApi.order(orderId).getString("status"), equalTo("CHANGES_REQUESTED"));
        browser.type(By.cssSelector("form.cancel-order textarea[name=reason]"), "The patient moved away");
        browser.click(By.cssSelector("form.cancel-order button[type=submit]"));

        browser.waitForText(By.cssSelector("ol.timeline"), "Note: The patient moved away");
        assertThat(ConsoleApi.order(orderId).getString("status"), equalTo("CANCELLED"));
        assertThat(browser.driver().findElements(By.cssSelector("form.cancel-order")), empty());
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** Opens the console afresh (a reload signs out) and signs in; returns the screen it opens. */
    private String signInAs(String username) {
        browser.open(uri(console));
        return browser.signIn(username, Api.PASSWORD);
    }

    /** Goes to an order's detail as a link would, and waits for it to render. */
    private void openOrder(long orderId) {
        browser.script(
                "document.querySelector('main').removeAttribute('data-screen'); location.hash = arguments[0];",
                "#/orders/" + orderId);
        browser.waitForScreen("order");
    }

    private List<String> rowIds() {
        browser.find(QUEUE_RESULTS);
        return browser.driver().findElements(QUEUE_ROWS).stream()
                .map(row -> row.getAttribute("data-order-id"))
                .toList();
    }

    private String optionGroupOf(long formulationId) {
        return (String) browser.script(
                "return document.querySelector(\"select[name=formulationId] option[value='\" + arguments[0] + \"']\")"
                        + ".parentElement.label;",
                String.valueOf(formulationId));
    }

    private static String number(long orderId) {
        return ConsoleApi.order(orderId).getString("number");
    }

    private static URI uri(URL url) {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
