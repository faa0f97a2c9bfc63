package org.triturate.common.http;

import java.util.List;
import java.util.Locale;

/**
 * The media types a request body may be declared as: JSON in UTF-8. A body of any other type, or without a type, is
 * refused before anything parses it, so that a client's mistake never reaches the JSON reader as a guess.
 */
final class JsonMediaTypes {

    /** Every media type read as JSON; a later JSON flavour (such as application/fhir+json) is added here. */
    static final List<String> ACCEPTED = List.of("application/json");

    private JsonMediaTypes() {}

    /**
     * Whether a Content-Type header names an accepted type with no parameter other than {@code charset=utf-8}
     * (any case, quoted or not): UTF-8 is the only encoding of JSON between systems (RFC 8259).
     */
    static boolean accepts(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";", -1);
        if (!ACCEPTED.contains(parts[0].trim().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            if (!isUtf8Charset(parts[i])) {
                return false;
            }
        }
        return parts.length <= 2;
    }

    private static boolean isUtf8Charset(String parameter) {
        int equals = parameter.indexOf('=');
        if (equals < 0 || !parameter.substring(0, equals).trim().equalsIgnoreCase("charset")) {
            return false;
        }
        String value = parameter.substring(equals + 1).trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return value.equalsIgnoreCase("utf-8");
    }
}
