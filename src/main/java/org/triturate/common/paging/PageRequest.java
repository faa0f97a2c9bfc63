package org.triturate.common.paging;

import java.math.BigInteger;
import org.triturate.common.problem.ApiException;

/**
 * The {@code page} and {@code size} query parameters of every list. They are parsed here rather than by JAX-RS,
 * which would answer 404 for a non-numeric query parameter where the contract wants 400.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    /**
     * The furthest row a list pages to ({@code page × size}): far beyond any pharmacy's records, and an offset the
     * database skips quickly and Hibernate takes (an {@code int}), where {@code 2147483647 × 200} would overflow.
     */
    public static final long MAX_OFFSET = 10_000_000;

    public static PageRequest of(String page, String size) {
        long pageIndex = parse("page", page, 0);
        long pageSize = parse("size", size, DEFAULT_SIZE);
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw ApiException.invalidField("size", "size must be between 1 and " + MAX_SIZE);
        }
        if (pageIndex < 0 || pageIndex > MAX_OFFSET / pageSize) {
            throw ApiException.invalidField(
                    "page",
                    "page must be between 0 and " + MAX_OFFSET / pageSize + " (page × size at most " + MAX_OFFSET
                            + ")");
        }
        return new PageRequest((int) pageIndex, (int) pageSize);
    }

    /** The index of the first row of the page, in {@code long}: it never overflows. */
    public long offset() {
        return (long) page * size;
    }

    private static long parse(String name, String value, long defaultValue) {
        if (value == null) {
            return defaultValue;
        }
        try {
            // Clamped to a long: a number too long for one is out of range like any other large number.
            return new BigInteger(value.trim())
                    .max(BigInteger.valueOf(Long.MIN_VALUE))
                    .min(BigInteger.valueOf(Long.MAX_VALUE))
                    .longValue();
        } catch (NumberFormatException e) {
            throw ApiException.invalidField(name, name + " must be a whole number");
        }
    }
}
