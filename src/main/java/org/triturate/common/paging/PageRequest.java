package org.triturate.common.paging;

import java.math.BigInteger;
import org.triturate.common.problem.ApiException;

/**
 * The {@code page} and {@code size} query parameters of every list, and the optional keyset cursor {@code afterId}
 * of a list sorted newest first (null: none). They are parsed here rather than by JAX-RS, which would answer 404
 * for a non-numeric query parameter where the contract wants 400.
 */
public record PageRequest(int page, int size, Long afterId) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    /**
     * The furthest row a list pages to ({@code page × size}): far beyond any pharmacy's records, and an offset the
     * database skips quickly and Hibernate takes (an {@code int}), where {@code 2147483647 × 200} would overflow.
     */
    public static final long MAX_OFFSET = 10_000_000;

    public PageRequest(int page, int size) {
        this(page, size, null);
    }

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

    /**
     * A page by number, or, with {@code afterId}, the {@code size} rows that follow the row with that id in a list
     * sorted newest first: a deep page costs what the first one does, where an offset makes the database walk past
     * every row before it. The cursor replaces the page number, so it cannot be combined with a page other than 0.
     */
    public static PageRequest of(String page, String size, Long afterId) {
        PageRequest numbered = of(page, size);
        if (afterId == null) {
            return numbered;
        }
        if (numbered.page() != 0) {
            throw ApiException.invalidField("page", "page cannot be combined with afterId; leave it out or send 0");
        }
        return new PageRequest(0, numbered.size(), afterId);
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
