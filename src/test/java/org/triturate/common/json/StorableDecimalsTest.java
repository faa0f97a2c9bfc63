package org.triturate.common.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StorableDecimalsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        new StrictJsonCustomizer().customize(JSON);
    }

    @ParameterizedTest(name = "{0} fits DECIMAL(18,6)")
    @ValueSource(strings = {"0", "0.000001", "999999999999.999999", "-999999999999", "1E+11", "37.500000000", "0E-20"})
    void valuesOfTheColumnsAreStorable(String value) {
        assertTrue(StorableDecimals.storable(new BigDecimal(value)));
    }

    @ParameterizedTest(name = "{0} does not fit DECIMAL(18,6)")
    @ValueSource(
            strings = {
                "0.0000001",
                "1000000000000",
                "1E+12",
                "1e2147483647",
                "-1e2147483647",
                "1e-2147483647",
                "10e2147483647",
                "1.0000001"
            })
    void everyOtherValueIsNot(String value) {
        assertFalse(StorableDecimals.storable(new BigDecimal(value)));
    }

    @ParameterizedTest(name = "{0} is refused as it is read")
    @ValueSource(strings = {"1e2147483647", "1e2147483648", "1e-2147483649", "1234567890123", "0.1234567"})
    void theReaderRefusesThemWithItsOwnReason(String number) {
        RefusedValue refused =
                assertThrows(RefusedValue.class, () -> JSON.readValue("{\"amount\": " + number + "}", Amount.class));
        assertEquals("must be " + StorableDecimals.RANGE, refused.reason());
        assertEquals("amount", refused.getPath().get(0).getFieldName());
    }

    @Test
    void theReaderKeepsWhatFits() throws Exception {
        assertEquals(
                new BigDecimal("37.50"),
                JSON.readValue("{\"amount\": 37.50}", Amount.class).amount());
        assertEquals(
                new BigDecimal("30"),
                JSON.readValue("{\"amount\": 30}", Amount.class).amount());
    }

    record Amount(BigDecimal amount) {}
}
