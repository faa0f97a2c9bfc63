package org.triturate.compounding;

import java.util.Locale;
import org.triturate.catalog.StrengthBasis;

/**
 * How the dispensing label names an active, so that the name always agrees with the strength printed after it. A
 * strength on the MOIETY basis (37.5 mg of sertraline base) follows the capitalised moiety, with the salt weighed
 * named after the strength: "Sertraline 37.5 mg (as sertraline hydrochloride)", never the salt's name next to a base
 * strength. A strength on the SALT basis follows the ingredient's own name ("Bupropion hydrochloride 150 mg"); so
 * does one whose basis the catalog does not know.
 *
 * @param name what the strength follows
 * @param suppliedAs the salt weighed when it is not what {@code name} says, else null
 */
public record LabelName(String name, String suppliedAs) {

    public static LabelName of(String ingredientName, String activeMoiety, StrengthBasis basis) {
        if (basis != StrengthBasis.MOIETY || activeMoiety == null || activeMoiety.isBlank()) {
            return new LabelName(ingredientName, null);
        }
        String moiety = capitalised(activeMoiety);
        return new LabelName(moiety, moiety.equalsIgnoreCase(ingredientName) ? null : lowerCaseStart(ingredientName));
    }

    private static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static String lowerCaseStart(String text) {
        return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
