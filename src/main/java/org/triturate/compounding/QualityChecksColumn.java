package org.triturate.compounding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** Stores a record's quality-control results as one JSON array column; they are always read with the record. */
@Converter
public class QualityChecksColumn implements AttributeConverter<List<QualityCheck>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<QualityCheck>> CHECKS = new TypeReference<>() {};

    @Override
    public String convertToDatabaseColumn(List<QualityCheck> checks) {
        try {
            return JSON.writeValueAsString(checks == null ? List.of() : checks);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot store quality-control results", e);
        }
    }

    @Override
    public List<QualityCheck> convertToEntityAttribute(String column) {
        try {
            return column == null || column.isBlank() ? List.of() : List.copyOf(JSON.readValue(column, CHECKS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored quality-control results are not a JSON array", e);
        }
    }
}
