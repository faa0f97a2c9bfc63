package org.triturate.security;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The one spelling of a username, used when an account is created and when someone signs in, so that one account
 * has exactly one name: spaces around it removed, Unicode NFC, lower case by {@link Locale#ROOT} (then NFC again,
 * as lower-casing can leave a sequence that is not composed).
 *
 * <p>Lower-casing is not full Unicode case folding: {@code 'ß'} stays {@code 'ß'} (it does not become "ss") and
 * {@code 'İ'} becomes {@code "i̇"} (i followed by U+0307), so {@code ADMİN} is not {@code admin}. New accounts may
 * only use ASCII letters, digits and {@code . _ @ -}, so these cases can never name an account; they matter only in
 * that such a name finds nobody.
 */
public final class Username {

    private Username() {}

    /**
     * The canonical form of {@code name}, or empty when it cannot be anyone's name: blank, or holding a control
     * character (NUL included), an invisible formatting character (zero-width space and joiner, byte order mark,
     * bidi controls), an unpaired surrogate, a private-use or unassigned code point, or a line or paragraph
     * separator. Such characters are refused rather than removed, so that no two spellings reach the same account.
     */
    public static Optional<String> canonical(String name) {
        if (name.codePoints().anyMatch(Username::isHidden)) {
            return Optional.empty();
        }
        String trimmed = trimSpaces(name);
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        String composed = Normalizer.normalize(trimmed, Normalizer.Form.NFC);
        return Optional.of(Normalizer.normalize(composed.toLowerCase(Locale.ROOT), Normalizer.Form.NFC));
    }

    private static boolean isHidden(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.SURROGATE,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }

    /** Removes space separators (Unicode Zs: the space, no-break space, ...) at both ends; every one is in the BMP. */
    private static String trimSpaces(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && Character.getType(name.charAt(start)) == Character.SPACE_SEPARATOR) {
            start++;
        }
        while (end > start && Character.getType(name.charAt(end - 1)) == Character.SPACE_SEPARATOR) {
            end--;
        }
        return name.substring(start, end);
    }
}
