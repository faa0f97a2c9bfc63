package org.triturate.common.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.triturate.common.text.FreeText;

class CleanTextTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        new StrictJsonCustomizer().customize(JSON);
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"a\\u0000b", "\\ud800", "a\\udc00", "\\u001b[2J", "\\u007f", "\\u0085"})
    void aStringWithAControlCharacterOrALoneSurrogateIsRefused(String escaped) {
        RefusedValue refused =
                assertThrows(RefusedValue.class, () -> JSON.readValue("{\"note\": \"" + escaped + "\"}", Note.class));
        assertEquals(FreeText.CLEAN_TEXT, refused.reason());
        assertEquals("note", refused.getPath().get(0).getFieldName());
    }

    @Test
    void aStringInAListIsCheckedToo() {
        RefusedValue refused = assertThrows(
                RefusedValue.class, () -> JSON.readValue("{\"steps\": [\"Weigh\", \"Mix\\u0000\"]}", Steps.class));
        assertEquals(1, refused.getPath().get(1).getIndex());
    }

    @Test
    void tabsLineBreaksAndPairedSurrogatesPass() throws Exception {
        assertEquals(
                "Take 1\tcapsule\r\ndaily \uD83D\uDC8A",
                JSON.readValue("{\"note\": \"Take 1\\tcapsule\\r\\ndaily \\ud83d\\udc8a\"}", Note.class)
                        .note());
    }

    @Test
    void numbersStillDoNotBecomeStrings() {
        assertThrows(Exception.class, () -> JSON.readValue("{\"note\": 12}", Note.class));
    }

    record Note(String note) {}

    record Steps(List<String> steps) {}
}
