package org.triturate.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import org.triturate.common.text.FreeText;

/**
 * Reads every JSON string of a request as Jackson does, then refuses one that is not {@link FreeText#isClean clean}:
 * once here rather than on each field, so that no name, note or direction can be forgotten.
 */
final class CleanText extends StdScalarDeserializer<String> {

    CleanText() {
        super(String.class);
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Textual;
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = StringDeserializer.instance.deserialize(parser, context);
        if (text != null && !FreeText.isClean(text)) {
            throw new RefusedValue(parser, FreeText.CLEAN_TEXT, String.class);
        }
        return text;
    }
}
