package org.triturate.common.text;

/** Free text as a client sends it (names, notes, reasons, directions, address lines, search terms). */
public final class FreeText {

    /** Why {@link #isClean} refused a text, in words meant for the caller. */
    public static final String CLEAN_TEXT =
            "must not contain control characters other than tab, line feed and carriage return, nor unpaired surrogates";

    private FreeText() {}

    /** The text without surrounding whitespace; null when there is none, so that "  " is recorded as no text. */
    public static String trimmedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /**
     * True unless the text holds a control character other than tab, line feed or carriage return (C0, DEL and C1:
     * a NUL cuts text short in C libraries and some drivers, an escape sequence rewrites a terminal showing a log,
     * and none belongs on a label), or half of a surrogate pair (not a character at all: it has no UTF-8 encoding,
     * so the database would store a replacement or fail).
     */
    public static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++; // the pair is one character, and never a control one
            } else if (Character.isLowSurrogate(c) || (Character.isISOControl(c) && !isLayout(c))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLayout(char c) {
        return c == '\t' || c == '\n' || c == '\r';
    }
}
