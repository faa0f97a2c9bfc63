package org.triturate.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Dates the database can store: MariaDB's DATE holds 1000-01-01 to 9999-12-31, while ISO 8601 (and Jackson) also
 * read {@code +10000-01-01}. A date outside the range is refused as bad input (400) instead of failing at insert.
 */
public final class StorableDates {

    public static final LocalDate FIRST = LocalDate.of(1000, 1, 1);
    public static final LocalDate LAST = LocalDate.of(9999, 12, 31);
    public static final String RANGE = "a date from " + FIRST + " to " + LAST;

    private StorableDates() {}

    public static boolean storable(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    /**
     * Reads ISO dates as Jackson does, then refuses those the database cannot store. It delegates rather than
     * extends, because Jackson's date deserializer replaces itself with a plain copy when contextualised.
     */
    static final class Deserializer extends StdScalarDeserializer<LocalDate> {

        Deserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (date != null && !storable(date)) {
                return (LocalDate)
                        context.handleWeirdStringValue(LocalDate.class, parser.getText(), "must be " + RANGE);
            }
            return date;
        }
    }
}
