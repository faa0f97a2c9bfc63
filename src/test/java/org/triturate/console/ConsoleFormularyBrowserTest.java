package org.triturate.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.triturate.testing.Api;
import org.triturate.testing.Formulations;
import org.triturate.testing.Orders;

/**
 * The master formulation screens in a real browser: the list and its filters, one version with its record's versions,
 * the editor (a USP <795> violation beside its field, then a created record), a new version retiring the previous
 * one, and what a technician may not do. Every outcome is checked through the API as well as on the page.
 */
@QuarkusTest
class ConsoleFormularyBrowserTest {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    private static final By HEADING = By.cssSelector("main h1");
    private static final By NEW_FORMULATION = By.id("new-formulation");
    private static final By NEW_VERSION = By.id("new-version");

    @TestHTTPResource("/console/")
    URL console;

    /** A pharmacist's token for the API checks, made once. */
    private static String pharmacistToken;

    @Test
    void theListShowsAFormulationMadeThroughTheApiAndFiltersByIngredientAndDosageForm() throws URISyntaxException {
        Map<String, Object> body = Formulations.sertralineCapsules();
        body.put("name", Api.unique("Sertraline 37.5 mg capsules"));
        long id = Formulations.created(body);
        JsonPath created = formulation(id);

        signInAs("PHARMACIST");
        show("formulations", "formulations");
        assertEquals("Master formulations", browser.text(HEADING));
        WebElement firstResults = browser.find(By.cssSelector("table.formulations"));
        select(By.id("filter-ingredient"), String.valueOf(Orders.SERTRALINE));
        select(By.id("filter-dosage-form"), "CAPSULE");
        browser.click(By.cssSelector("form.formulation-filters button[type=submit]"));
        wait(ExpectedConditions.stalenessOf(firstResults));

        List<String> cells = cells(By.cssSelector("table.formulations tr[data-id='" + id + "'] > *"));
        assertEquals(
                List.of(
                        body.get("name"),
                        created.getString("recordNumber"),
                        "1",
                        "Active",
                        "Capsule",
                        "Nonaqueous solid",
                        "180"),
                cells);
        for (String dosageForm : cells(By.cssSelector("table.formulations tbody td:nth-child(5)"))) {
            assertEquals("Capsule", dosageForm, "the dosage-form filter keeps capsules only");
        }
        assertEquals("#/formulations/new", browser.find(NEW_FORMULATION).getDomAttribute("href"));
        browser.assertAccessible("formulations");
        browser.screenshot("50-formulations");

        browser.click(By.cssSelector("tr[data-id='" + id + "'] a"));
        browser.waitForScreen("formulation");
        assertEquals(body.get("name"), browser.text(HEADING));
    }

    @Test
    void aVersionShowsEveryFieldWithIngredientNamesAndTheVersionsOfItsRecord() throws URISyntaxException {
        long first = Formulations.created(Formulations.sertralineCapsules());
        Map<String, Object> revised = Formulations.sertralineCapsules();
        revised.put("budDays", 120);
        revised.put("budReference", "In-house stability study SS-2026-07");
        revised.put("budSource", "STABILITY_STUDY");
        long second = revisedThroughApi(first, revised);
        JsonPath version = formulation(second);

        signInAs("PHARMACIST");
        show("formulations/" + second, "formulation");
        assertEquals(revised.get("name"), browser.text(HEADING));
        assertFalse(browser.text(By.id("main")).contains("null"), "an absent part leaves no text behind");
        assertEquals(
                "Record " + version.getString("recordNumber") + ", version 2 Active",
                browser.text(By.cssSelector(".formulation-identity")));
        assertEquals("120 days", detail("budDays"));
        assertEquals("Stability study", detail("budSource"));
        assertEquals("In-house stability study SS-2026-07", detail("budReference"));
        assertEquals("Nonaqueous solid", detail("preparationType"));
        assertEquals("Room temperature", detail("storage"));
        assertEquals("3 %", detail("overage"));
        assertEquals("White opaque size 3 capsules", detail("physicalDescription"));
        assertEquals("Amber tight light-resistant vial", detail("containerClosure"));
        assertEquals(
                List.of(ingredientName(Orders.SERTRALINE), "37.5 mg"),
                cells(By.cssSelector(".formulation-actives tbody tr > *")));
        assertEquals(
                List.of(ingredientName(Orders.MICROCRYSTALLINE_CELLULOSE), "diluent", "qs (quantity sufficient)"),
                cells(By.cssSelector(".formulation-excipients tbody tr > *")));
        assertEquals(
                List.of("Weigh sertraline HCl and MCC", "Mix geometrically", "Fill size 3 capsules"),
                cells(By.cssSelector(".formulation-steps li")));
        assertEquals(List.of("weight variation"), cells(By.cssSelector(".formulation-quality-control li")));
        assertEquals(List.of("Do not stop taking suddenly"), cells(By.cssSelector(".formulation-auxiliary-labels li")));

        assertEquals(
                List.of("Version 2 (shown)", "Active"),
                cells(By.cssSelector(".formulation-versions tr[data-id='" + second + "'] > *"))
                        .subList(0, 2));
        assertEquals(
                List.of("Version 1", "Retired"),
                cells(By.cssSelector(".formulation-versions tr[data-id='" + first + "'] > *"))
                        .subList(0, 2));
        assertEquals(
                2,
                browser.driver()
                        .findElements(By.cssSelector(".formulation-versions tbody tr"))
                        .size());
        assertTrue(browser.find(NEW_VERSION).isDisplayed());
        browser.assertAccessible("formulation");
        browser.screenshot("51-formulation");

        browser.click(By.cssSelector(".formulation-versions tr[data-id='" + first + "'] a"));
        browser.waitForScreen("formulation");
        browser.waitForText(By.cssSelector(".formulation-identity"), "version 1 Retired");
        assertTrue(browser.driver().findElements(NEW_VERSION).isEmpty(), "a retired version cannot be revised");
    }

    @Test
    void theEditorShowsAPreparationTypeMismatchBesideItsFieldThenCreatesTheRecord() throws URISyntaxException {
        String name = Api.unique("Sertraline 25 mg capsules");
        signInAs("PHARMACIST");
        show("formulations", "formulations");
        browser.click(NEW_FORMULATION);
        browser.waitForScreen("formulation-editor");
        assertEquals("New master formulation", browser.text(HEADING));

        browser.type(By.id("formulation-name"), name);
        select(By.id("dosage-form"), "CAPSULE");
        select(By.id("preparation-type"), "AQUEOUS_PRESERVED");
        assertEquals(
                "USP <795> default beyond-use limit for Aqueous, preserved: 35 days. "
                        + "The service checks the choice when you save.",
                browser.text(By.cssSelector("[data-field=preparationType] .hint")));
        browser.type(By.id("bud-days"), "30");
        select(By.cssSelector("[data-field='actives[0].ingredientId'] select"), String.valueOf(Orders.SERTRALINE));
        browser.type(By.cssSelector("[data-field='actives[0].amountPerUnit.value'] input"), "25");
        select(By.cssSelector("[data-field='actives[0].amountPerUnit.unit'] select"), "mg");
        browser.click(By.cssSelector("button.add-row[data-list=excipients]"));
        select(
                By.cssSelector("[data-field='excipients[0].ingredientId'] select"),
                String.valueOf(Orders.MICROCRYSTALLINE_CELLULOSE));
        browser.type(By.cssSelector("[data-field='excipients[0].function'] input"), "diluent");
        browser.click(By.cssSelector("[data-field='excipients[0].qs'] input"));
        assertFalse(
                browser.find(By.cssSelector("[data-field='excipients[0].amountPerUnit.value'] input"))
                        .isEnabled(),
                "a qs excipient has no amount");
        browser.type(By.cssSelector("[data-field='steps[0]'] textarea"), "Weigh sertraline HCl and MCC");
        browser.click(By.cssSelector("button.add-row[data-list=steps]"));
        browser.type(By.cssSelector("[data-field='steps[1]'] textarea"), "Mix geometrically");
        browser.click(By.cssSelector("button.add-row[data-list=steps]"));
        browser.type(By.cssSelector("[data-field='steps[2]'] textarea"), "Fill size 3 capsules");
        // Removing step 2 renumbers step 3: its label and its field path follow its place.
        browser.click(By.xpath("//button[normalize-space()='Remove step 2']"));
        assertEquals("Step 2", browser.text(By.cssSelector("[data-field='steps[1]'] label")));
        assertEquals(
                "Fill size 3 capsules",
                browser.find(By.cssSelector("[data-field='steps[1]'] textarea")).getDomProperty("value"));
        browser.click(By.cssSelector("button.add-row[data-list=qualityControl]"));
        browser.type(By.cssSelector("[data-field='qualityControl[0]'] input"), "weight variation");
        browser.click(By.cssSelector("button.add-row[data-list=auxiliaryLabels]"));
        browser.type(By.cssSelector("[data-field='auxiliaryLabels[0]'] input"), "Do not stop taking suddenly");
        browser.click(By.cssSelector("form.formulation-editor button[type=submit]"));

        String mismatch = browser.text(
                By.cssSelector("[data-field=preparationType] .field-error[data-code=PREPARATION_TYPE_MISMATCH]"));
        assertEquals("AQUEOUS_PRESERVED does not fit CAPSULE (PREPARATION_TYPE_MISMATCH)", mismatch);
        assertEquals("true", browser.find(By.id("preparation-type")).getDomAttribute("aria-invalid"));
        browser.waitForText(By.cssSelector("main [role=alert]"), "See the messages next to the fields below.");
        browser.assertAccessible("formulation-editor with a violation");
        browser.screenshot("52-formulation-editor-violation");

        select(By.id("preparation-type"), "NONAQUEOUS_SOLID");
        browser.click(By.cssSelector("form.formulation-editor button[type=submit]"));
        browser.waitForScreen("formulation");
        long id = idInUrl();
        JsonPath stored = formulation(id);
        assertEquals(name, stored.getString("name"));
        assertEquals("CAPSULE", stored.getString("dosageForm"));
        assertEquals("NONAQUEOUS_SOLID", stored.getString("preparationType"));
        assertEquals("ROOM_TEMPERATURE", stored.getString("storage"));
        assertEquals(30, stored.getInt("budDays"));
        assertEquals("USP_DEFAULT", stored.getString("budSource"));
        assertEquals(1, stored.getInt("versionNumber"));
        assertEquals("ACTIVE", stored.getString("status"));
        assertEquals(Orders.SERTRALINE, stored.getLong("actives[0].ingredientId"));
        assertEquals(25.0, stored.getDouble("actives[0].amountPerUnit.value"));
        assertEquals("mg", stored.getString("actives[0].amountPerUnit.unit"));
        assertEquals(Orders.MICROCRYSTALLINE_CELLULOSE, stored.getLong("excipients[0].ingredientId"));
        assertEquals("diluent", stored.getString("excipients[0].function"));
        assertTrue(stored.getBoolean("excipients[0].qs"));
        assertEquals(List.of("Weigh sertraline HCl and MCC", "Fill size 3 capsules"), stored.getList("steps"));
        assertEquals(List.of("weight variation"), stored.getList("qualityControl"));
        assertEquals(List.of("Do not stop taking suddenly"), stored.getList("auxiliaryLabels"));
        assertEquals("Formulation " + stored.getString("recordNumber") + " created (version 1, active).", announced());
        browser.screenshot("53-formulation-created");
    }

    @Test
    void aNewVersionIsPrefilledFromTheActiveOneAndRetiresIt() throws URISyntaxException {
        long first = Formulations.created(Formulations.sertralineCapsules());
        String recordNumber = formulation(first).getString("recordNumber");
        signInAs("PHARMACIST");
        show("formulations/" + first, "formulation");
        browser.click(NEW_VERSION);
        browser.waitForScreen("formulation-editor");
        assertEquals("New version of " + recordNumber, browser.text(HEADING));
        assertEquals(
                Formulations.sertralineCapsules().get("name"),
                browser.find(By.id("formulation-name")).getDomProperty("value"));
        assertEquals(
                "37.5",
                browser.find(By.cssSelector("[data-field='actives[0].amountPerUnit.value'] input"))
                        .getDomProperty("value"));
        browser.assertAccessible("formulation-editor, new version");
        browser.screenshot("54-formulation-new-version");

        browser.type(By.id("bud-days"), "90");
        browser.click(By.cssSelector("form.formulation-editor button[type=submit]"));
        browser.waitForScreen("formulation");
        long second = idInUrl();
        assertNotEquals(first, second);
        assertEquals("Version 2 of " + recordNumber + " saved; version 1 is now retired.", announced());

        assertEquals("RETIRED", formulation(first).getString("status"));
        JsonPath stored = formulation(second);
        assertEquals("ACTIVE", stored.getString("status"));
        assertEquals(recordNumber, stored.getString("recordNumber"));
        assertEquals(2, stored.getInt("versionNumber"));
        assertEquals(90, stored.getInt("budDays"));
        JsonPath previous = formulation(first);
        for (String unchanged : List.of(
                "name",
                "dosageForm",
                "actives",
                "excipients",
                "preparationType",
                "storage",
                "overagePercent",
                "physicalDescription",
                "containerClosure",
                "steps",
                "qualityControl",
                "auxiliaryLabels")) {
            assertEquals(
                    previous.get(unchanged).toString(), stored.get(unchanged).toString(), unchanged);
        }
        assertEquals(
                List.of("Version 1", "Retired"),
                cells(By.cssSelector(".formulation-versions tr[data-id='" + first + "'] > *"))
                        .subList(0, 2));
        browser.screenshot("55-formulation-version-2");
    }

    @Test
    void aTechnicianReadsTheListAndAVersionButCannotWriteThem() throws URISyntaxException {
        long id = Formulations.created(Formulations.sertralineCapsules());
        signInAs("TECHNICIAN");
        show("formulations", "formulations");
        browser.find(By.cssSelector("table.formulations tr[data-id='" + id + "']"));
        assertTrue(browser.driver().findElements(NEW_FORMULATION).isEmpty(), "no New formulation for a technician");
        browser.assertAccessible("formulations (technician)");

        show("formulations/" + id, "formulation");
        assertEquals(Formulations.sertralineCapsules().get("name"), browser.text(HEADING));
        assertTrue(browser.driver().findElements(NEW_VERSION).isEmpty(), "no New version for a technician");
        browser.assertAccessible("formulation (technician)");
        browser.screenshot("56-formulation-technician");

        show("formulations/new", "not-allowed");
        assertEquals("This page is not available to your role (Technician).", browser.text(HEADING));
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private void signInAs(String role) throws URISyntaxException {
        browser.open(console.toURI());
        browser.signIn(Api.createUser(role), Api.PASSWORD);
    }

    /** Opens a route the way a link does (the token lives in the page, so no reload) and waits for its screen. */
    private static void show(String route, String screen) {
        browser.script("location.hash = arguments[0];", "#/" + route);
        browser.waitForScreen(screen);
    }

    private static void select(By by, String value) {
        new Select(browser.find(by)).selectByValue(value);
    }

    private static List<String> cells(By by) {
        return browser.driver().findElements(by).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static String detail(String field) {
        return browser.text(By.cssSelector(".formulation-details dd[data-field=" + field + "]"));
    }

    private static void wait(ExpectedCondition<?> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(condition);
    }

    /** What the console last told screen readers (the announcer is visually hidden, so read its text content). */
    private static String announced() {
        wait(driver -> !String.valueOf(browser.script("return document.getElementById('announcer').textContent;"))
                .isEmpty());
        return (String) browser.script("return document.getElementById('announcer').textContent;");
    }

    private static long idInUrl() {
        String url = browser.driver().getCurrentUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private static String pharmacist() {
        if (pharmacistToken == null) {
            pharmacistToken = Api.tokenFor("PHARMACIST");
        }
        return pharmacistToken;
    }

    private static JsonPath formulation(long id) {
        return Api.as(pharmacist())
                .get("/api/v1/formulations/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static long revisedThroughApi(long id, Map<String, Object> body) {
        return Api.as(pharmacist())
                .body(body)
                .post("/api/v1/formulations/" + id + "/versions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static String ingredientName(long id) {
        return Api.as(pharmacist())
                .get("/api/v1/ingredients/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("name");
    }
}
