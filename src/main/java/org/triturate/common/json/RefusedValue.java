package org.triturate.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * A JSON value of the right type that the API refuses for a reason it can state, such as a number beyond the
 * columns or text with a control character. Jackson adds the field's path on its way out; the problem response
 * shows {@link #reason()} and never the value, which is not even kept.
 */
public final class RefusedValue extends InvalidFormatException {

    RefusedValue(JsonParser parser, String reason, Class<?> targetType) {
        super(parser, reason, null, targetType);
    }

    /** Why the value is refused, in words meant for the caller. */
    public String reason() {
        return getOriginalMessage();
    }
}
