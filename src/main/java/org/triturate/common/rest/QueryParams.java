package org.triturate.common.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.triturate.common.json.StorableDates;
import org.triturate.common.problem.ApiException;
import org.triturate.common.text.FreeText;

/**
 * Typed query parameters. They are parsed here rather than by JAX-RS, which answers 404 for a value it cannot
 * convert where the contract wants 400 {@code INVALID_FIELD}.
 */
public final class QueryParams {

    private QueryParams() {}

    public static Long optionalId(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalidField(name, name + " must be a positive whole number");
    }

    public static <E extends Enum<E>> E optionalEnum(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField(
                    name,
                    name + " must be one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")));
        }
    }

    public static LocalDate optionalDate(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(name, name + " must be a date (YYYY-MM-DD)");
        }
        if (!StorableDates.storable(date)) {
            throw ApiException.invalidField(name, name + " must be " + StorableDates.RANGE);
        }
        return date;
    }

    /** A free-text search term, trimmed; null when absent or blank. It is clean text, as every string of a body. */
    public static String optionalText(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw ApiException.invalidField(name, name + " may have at most " + maxLength + " characters");
        }
        if (!FreeText.isClean(value)) {
            throw ApiException.invalidField(name, name + " " + FreeText.CLEAN_TEXT);
        }
        return value.trim();
    }
}
