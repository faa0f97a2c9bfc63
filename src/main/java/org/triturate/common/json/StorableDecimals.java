package org.triturate.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Decimals the database can store: the amounts live in DECIMAL(18,6) columns, so a decimal the API reads has at
 * most {@value #MAX_INTEGER_DIGITS} integer digits and {@value #MAX_SCALE} decimal places (trailing zeros do not
 * count). A narrower column narrows its field further with {@code @Digits}. This is checked as the number is read,
 * with the digit counts in {@code long}: {@code 1e2147483647} has one digit of precision and a scale whose
 * negation overflows an {@code int}, which slips past a check in {@code int} and fails later as a 500.
 */
public final class StorableDecimals {

    public static final int MAX_INTEGER_DIGITS = 12;
    public static final int MAX_SCALE = 6;
    public static final String RANGE =
            "a number of at most " + MAX_INTEGER_DIGITS + " integer digits and " + MAX_SCALE + " decimal places";

    private StorableDecimals() {}

    public static boolean storable(BigDecimal value) {
        long integerDigits = (long) value.precision() - value.scale();
        // Only a positive scale is stripped: stripping zeros from a scale near Integer.MIN_VALUE overflows.
        return integerDigits <= MAX_INTEGER_DIGITS
                && (value.scale() <= MAX_SCALE || value.stripTrailingZeros().scale() <= MAX_SCALE);
    }

    /** Reads every JSON number bound to a {@link BigDecimal} and refuses those {@link #storable} refuses. */
    static final class Deserializer extends StdScalarDeserializer<BigDecimal> {

        Deserializer() {
            super(BigDecimal.class);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Float;
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                // Not a number: Jackson's own deserializer refuses it (strings are not coerced) or reads null.
                return NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
            }
            BigDecimal value;
            try {
                value = parser.getDecimalValue();
            } catch (StreamReadException | NumberFormatException e) {
                // An exponent beyond an int (1e2147483648): the number is parsed only now, on demand.
                throw new RefusedValue(parser, "must be " + RANGE, BigDecimal.class);
            }
            if (!storable(value)) {
                throw new RefusedValue(parser, "must be " + RANGE, BigDecimal.class);
            }
            return value;
        }
    }
}
