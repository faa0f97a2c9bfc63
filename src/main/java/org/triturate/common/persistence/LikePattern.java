package org.triturate.common.persistence;

/** Search text for a SQL LIKE with {@code escape '\'}: a user's % or _ is matched literally, not as a wildcard. */
public final class LikePattern {

    private LikePattern() {
    }

    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** {@code %text%}, lower-cased, for a case-insensitive "contains" search. */
    public static String contains(String text) {
        return "%" + escape(text.toLowerCase()) + "%";
    }
}
