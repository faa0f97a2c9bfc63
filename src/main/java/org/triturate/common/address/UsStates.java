package org.triturate.common.address;

/**
 * The two-letter USPS codes of the states, the District of Columbia and the inhabited territories, where
 * licences, DEA registrations and patient addresses live.
 */
public final class UsStates {

    public static final String PATTERN = "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|"
            + "MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI|AS|MP";

    public static final String MESSAGE = "must be a two-letter USPS state code such as OR";

    private UsStates() {}
}
