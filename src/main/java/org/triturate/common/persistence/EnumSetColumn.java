package org.triturate.common.persistence;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores a set of enum constants as one comma-separated column ({@code "DYE,SORBITOL"}), for small closed lists
 * that are always read with their owner and never queried on their own. NULL and empty both mean "none".
 */
public abstract class EnumSetColumn<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

    private final Class<E> type;

    protected EnumSetColumn(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(Set<E> values) {
        return values == null ? "" : values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<E> convertToEntityAttribute(String column) {
        Set<E> values = EnumSet.noneOf(type);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(","))
                    .map(name -> Enum.valueOf(type, name.trim()))
                    .forEach(values::add);
        }
        return values;
    }
}
