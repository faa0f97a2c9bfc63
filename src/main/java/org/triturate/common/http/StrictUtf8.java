package org.triturate.common.http;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Checks that a request body is strictly valid UTF-8 before the JSON reader sees it. Jackson decodes leniently: it
 * reads the overlong {@code C0 AF} as "/" and guesses UTF-16 or UTF-32 from NUL bytes, so a body could say one
 * thing to a filter in front of the service and another to the service.
 */
final class StrictUtf8 {

    static final String NOT_UTF8 = "The body is not valid UTF-8";
    static final String NUL_BYTE = "The body contains a NUL byte, which JSON text never does";
    static final String BYTE_ORDER_MARK = "The body starts with a byte-order mark; send UTF-8 without one";

    private static final int CHUNK = 8192;

    private StrictUtf8() {}

    /** Why the bytes are refused, or empty when they are valid UTF-8 without a NUL byte or a leading BOM. */
    static Optional<String> problemWith(ByteBuffer body) {
        ByteBuffer bytes = body.duplicate();
        if (startsWithByteOrderMark(bytes)) {
            return Optional.of(BYTE_ORDER_MARK);
        }
        for (int i = bytes.position(); i < bytes.limit(); i++) {
            if (bytes.get(i) == 0) {
                return Optional.of(NUL_BYTE);
            }
        }
        return isValidUtf8(bytes) ? Optional.empty() : Optional.of(NOT_UTF8);
    }

    private static boolean startsWithByteOrderMark(ByteBuffer bytes) {
        int at = bytes.position();
        return bytes.remaining() >= 3
                && bytes.get(at) == (byte) 0xEF
                && bytes.get(at + 1) == (byte) 0xBB
                && bytes.get(at + 2) == (byte) 0xBF;
    }

    /** Decodes into a small reused buffer: the decoded text is not needed, only whether decoding succeeds. */
    private static boolean isValidUtf8(ByteBuffer bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = CharBuffer.allocate(CHUNK);
        CoderResult result;
        do {
            chars.clear();
            result = decoder.decode(bytes, chars, true);
        } while (result.isOverflow());
        if (result.isError()) {
            return false;
        }
        chars.clear();
        return !decoder.flush(chars).isError();
    }
}
