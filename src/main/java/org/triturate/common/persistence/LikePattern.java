package org.triturate.common.persistence;

import java.util.Locale;

/**
 * Search text for a SQL LIKE with {@code escape '!'}: a user's % or _ is matched literally, not as a wildcard.
 * The escape character is not a backslash, which MariaDB would also read as a string-literal escape.
 */
public final class LikePattern {

    /** The clause to append after {@code like :parameter}. */
    public static final String ESCAPE_CLAUSE = " escape '!'";

    private LikePattern() {}

    public static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** {@code %text%}, lower-cased, for a case-insensitive "contains" search. */
    public static String contains(String text) {
        return "%" + escape(text.toLowerCase(Locale.ROOT)) + "%";
    }
}
