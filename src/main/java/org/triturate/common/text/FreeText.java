package org.triturate.common.text;

/** Optional free text as a client sends it (notes, reasons, address lines). */
public final class FreeText {

    private FreeText() {}

    /** The text without surrounding whitespace; null when there is none, so that "  " is recorded as no text. */
    public static String trimmedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
