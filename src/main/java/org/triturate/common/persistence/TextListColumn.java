package org.triturate.common.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/**
 * Stores an ordered list of texts (steps, quality-control checks, auxiliary labels) as one JSON array column:
 * the list is always read and written whole with its owner, and JSON keeps any character a text may hold.
 */
@Converter
public class TextListColumn implements AttributeConverter<List<String>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {};

    @Override
    public String convertToDatabaseColumn(List<String> texts) {
        try {
            return JSON.writeValueAsString(texts == null ? List.of() : texts);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot store a list of texts", e);
        }
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(JSON.readValue(column, TEXTS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored list of texts is not a JSON array", e);
        }
    }
}
