package org.triturate.common.paging;

import org.triturate.common.problem.ApiException;

/**
 * The {@code page} and {@code size} query parameters of every list. They are parsed here rather than by JAX-RS,
 * which would answer 404 for a non-numeric query parameter where the contract wants 400.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public static PageRequest of(String page, String size) {
        int pageIndex = parse("page", page, 0);
        int pageSize = parse("size", size, DEFAULT_SIZE);
        if (pageIndex < 0) {
            throw ApiException.invalidField("page", "page must be 0 or more");
        }
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw ApiException.invalidField("size", "size must be between 1 and " + MAX_SIZE);
        }
        return new PageRequest(pageIndex, pageSize);
    }

    private static int parse(String name, String value, int defaultValue) {
        if (value == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalidField(name, name + " must be a whole number");
        }
    }
}
