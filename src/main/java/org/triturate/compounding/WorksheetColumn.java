package org.triturate.compounding;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.triturate.compounding.WorksheetCalculator.Worksheet;

/**
 * Stores the worksheet a compounding record was checked against as the JSON the worksheet endpoint answers, so it
 * reads back equal, weight for weight. Null for records stored before worksheets were kept.
 */
@Converter
public class WorksheetColumn implements AttributeConverter<Worksheet, String> {

    // Plain decimals as the API writes them: 1296.6 and 100, never 1E+2.
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    @Override
    public String convertToDatabaseColumn(Worksheet worksheet) {
        try {
            return worksheet == null ? null : JSON.writeValueAsString(worksheet);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot store a worksheet", e);
        }
    }

    @Override
    public Worksheet convertToEntityAttribute(String column) {
        try {
            return column == null ? null : JSON.readValue(column, Worksheet.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored worksheet is not the JSON of a worksheet", e);
        }
    }
}
