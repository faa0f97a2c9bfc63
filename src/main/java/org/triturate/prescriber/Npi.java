package org.triturate.prescriber;

import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;

/**
 * The National Provider Identifier rule (45 CFR 162.406; CMS "NPI check digit"): ten digits, the first 1 or 2,
 * the last a Luhn check digit computed over the prefix {@code 80840} followed by the first nine digits.
 */
public final class Npi {

    /** The card-issuer prefix that CMS puts before an NPI for its Luhn check. */
    static final String LUHN_PREFIX = "80840";

    private Npi() {}

    public static boolean isValid(String npi) {
        return npi != null && npi.matches("[12][0-9]{9}") && LuhnCheckDigit.LUHN_CHECK_DIGIT.isValid(LUHN_PREFIX + npi);
    }
}
