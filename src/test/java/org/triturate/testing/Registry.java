package org.triturate.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.validator.routines.checkdigit.CheckDigitException;
import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;

/** Request bodies for the registries, with valid and unique identifiers. */
public final class Registry {

    private static final AtomicLong NPI_SEQUENCE =
            new AtomicLong(ThreadLocalRandom.current().nextLong(10_000_000));

    private Registry() {}

    /** A valid NPI not used before in this run: 1, eight digits, and the Luhn digit over 80840 + the nine. */
    public static String npi() {
        String base = "1" + String.format("%08d", NPI_SEQUENCE.incrementAndGet() % 100_000_000);
        try {
            return base + LuhnCheckDigit.LUHN_CHECK_DIGIT.calculate("80840" + base);
        } catch (CheckDigitException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid DEA number for a practitioner (first letter B) whose last name starts with {@code initial}. */
    public static String deaNumber(char initial) {
        int[] d = ThreadLocalRandom.current().ints(6, 0, 10).toArray();
        int check = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10;
        StringBuilder number = new StringBuilder("B").append(initial);
        for (int digit : d) {
            number.append(digit);
        }
        return number.append(check).toString();
    }

    /** An ACTIVE prescriber licensed in OR until 2099, with a schedule 3–5 DEA registration there. */
    public static Map<String, Object> prescriber(String lastName) {
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", "Ada");
        body.put("lastName", lastName);
        body.put("npi", npi());
        body.put("status", "ACTIVE");
        body.put(
                "deaRegistrations",
                List.of(Map.of(
                        "number",
                        deaNumber(lastName.charAt(0)),
                        "schedules",
                        List.of("3", "4", "5"),
                        "state",
                        "OR",
                        "expiresOn",
                        "2099-06-30")));
        body.put(
                "licenses",
                List.of(Map.of("state", "OR", "number", "MD-12345", "status", "ACTIVE", "expiresOn", "2099-12-31")));
        return body;
    }

    /** A patient in Salem, OR with a gluten allergy. */
    public static Map<String, Object> patient(String lastName) {
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", "Sam");
        body.put("lastName", lastName);
        body.put("birthDate", "1981-04-02");
        body.put("address", Map.of("line", "12 Elm St", "city", "Salem", "state", "OR", "postalCode", "97301"));
        body.put("allergies", List.of(Map.of("allergenClass", "GLUTEN", "reaction", "celiac disease")));
        return body;
    }

    /** A new ACTIVE ingredient with a unique name and no clinical attributes. */
    public static Map<String, Object> active(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("role", "ACTIVE");
        body.put("source", "test fixture");
        return body;
    }
}
