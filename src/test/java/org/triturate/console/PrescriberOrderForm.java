package org.triturate.console;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.triturate.testing.Orders;

/** The order form of #/new-order and #/orders/{id}/edit as a user fills it in, field by field. */
final class PrescriberOrderForm {

    static final By SUBMIT = By.cssSelector("form.prescription button[type=submit]");

    private final BrowserSupport browser;

    PrescriberOrderForm(BrowserSupport browser) {
        this.browser = browser;
    }

    /** The wrapper of the field the API calls {@code name}, e.g. "clinicalRationale.text" or "actives[0].strength". */
    static By field(String name) {
        return By.cssSelector("form.prescription [data-field='" + name + "']");
    }

    /** The message shown beside that field after a refusal. */
    static By errorOf(String name) {
        return By.cssSelector("form.prescription [data-field='" + name + "'] > .field-error");
    }

    void choosePatient(String lastName) {
        browser.type(By.name("patientQuery"), lastName);
        browser.click(By.cssSelector("button.search-patients"));
        browser.click(By.cssSelector("button.choose-patient"));
        browser.waitForText(By.cssSelector(".chosen-patient .patient-name"), lastName);
    }

    /**
     * The contract's example (30 dye-free sertraline 37.5 mg capsules, one a day, custom strength) with this
     * rationale text and without consent; the consent date stays today.
     */
    void fillSertralineCapsules(String directions, String rationaleText) {
        new Select(browser.find(By.name("dosageForm"))).selectByValue("CAPSULE");
        new Select(browser.find(By.cssSelector("[data-field='actives[0].ingredientId'] select")))
                .selectByValue(String.valueOf(Orders.SERTRALINE));
        browser.type(amountOf("actives[0].strength"), "37.5");
        new Select(browser.find(unitOf("actives[0].strength"))).selectByValue("mg");
        browser.click(checkbox("excludedAllergens", "DYE"));
        browser.type(amountOf("quantity"), "30");
        browser.type(amountOf("dose.amount"), "1");
        browser.type(By.name("timesPerDay"), "1");
        browser.type(By.name("directions"), directions);
        browser.type(By.name("daysSupply"), "30");
        browser.type(By.name("refills"), "0");
        browser.click(checkbox("clinicalRationale.categories", "CUSTOM_STRENGTH"));
        browser.type(By.name("rationaleText"), rationaleText);
    }

    void giveConsent() {
        setChecked(By.name("informedConsent.obtained"));
        setChecked(By.name("informedConsent.alternativesDiscussed"));
    }

    private void setChecked(By box) {
        WebElement input = browser.find(box);
        if (!input.isSelected()) {
            input.click();
        }
    }

    private static By amountOf(String name) {
        return By.cssSelector("[data-field='" + name + "'] input.amount");
    }

    private static By unitOf(String name) {
        return By.cssSelector("[data-field='" + name + "'] select.unit");
    }

    private static By checkbox(String group, String value) {
        return By.cssSelector("[data-field='" + group + "'] input[value='" + value + "']");
    }
}
