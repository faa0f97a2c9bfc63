package org.triturate.common.http;

/** The syntax check of percent-encoding (RFC 3986 2.1) in a request target, before anything decodes it. */
final class PercentEncoding {

    private PercentEncoding() {}

    /** Whether every {@code %} in the target is followed by two hexadecimal digits. */
    static boolean isWellFormed(String target) {
        for (int i = target.indexOf('%'); i >= 0; i = target.indexOf('%', i + 1)) {
            if (i + 2 >= target.length() || !isHex(target.charAt(i + 1)) || !isHex(target.charAt(i + 2))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128;
    }
}
