package org.triturate.prescriber;

import java.util.Locale;

/**
 * The DEA registration number rule: two letters and seven digits; the second letter is the registrant's last-name
 * initial, or 9 for a registration at a business address; the last digit is the last digit of
 * (d1 + d3 + d5) + 2 × (d2 + d4 + d6). The first letter (registrant type) is not restricted: public sources
 * disagree on its list.
 */
public final class DeaNumber {

    private DeaNumber() {}

    /** Why {@code number} is not a valid DEA number for a prescriber named {@code lastName}, or null if it is. */
    public static String problem(String number, String lastName) {
        if (number == null || !number.matches("[A-Z][A-Z9][0-9]{7}")) {
            return "A DEA number is two capital letters (the second may be 9) and seven digits";
        }
        char second = number.charAt(1);
        char initial = lastName == null || lastName.isBlank()
                ? ' '
                : lastName.trim().substring(0, 1).toUpperCase(Locale.ROOT).charAt(0);
        if (second != '9' && second != initial) {
            return "The second letter of a DEA number is the last-name initial (" + initial + ") or 9";
        }
        int[] d = number.substring(2).chars().map(c -> c - '0').toArray();
        int checksum = (d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5]);
        if (checksum % 10 != d[6]) {
            return "The check digit of this DEA number is wrong";
        }
        return null;
    }
}
