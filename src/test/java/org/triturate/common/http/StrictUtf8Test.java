package org.triturate.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StrictUtf8Test {

    private static Optional<String> check(byte... bytes) {
        return StrictUtf8.problemWith(ByteBuffer.wrap(bytes));
    }

    private static byte[] json(String prefix, byte[] middle, String suffix) {
        byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] tail = suffix.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + middle.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(middle, 0, all, head.length, middle.length);
        System.arraycopy(tail, 0, all, head.length + middle.length, tail.length);
        return all;
    }

    private static Optional<String> inString(int... bytes) {
        byte[] middle = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            middle[i] = (byte) bytes[i];
        }
        return check(json("{\"name\": \"a", middle, "b\"}"));
    }

    @Test
    void validUtf8OfEveryLengthPasses() {
        assertEquals(Optional.empty(), check("{\"name\": \"é € 😀 漢\"}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), check());
    }

    @Test
    void aLongValidBodyPassesAcrossTheDecodingChunks() {
        String text = "{\"padding\": \"" + "é😀".repeat(100_000) + "\"}";
        assertEquals(Optional.empty(), check(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void overlongEncodingsAreRefused() {
        assertEquals(Optional.of(StrictUtf8.NOT_UTF8), inString(0xC0, 0xAF));
        assertEquals(Optional.of(StrictUtf8.NOT_UTF8), inString(0xE0, 0x80, 0xAF));
        assertEquals(Optional.of(StrictUtf8.NOT_UTF8), inString(0xC1, 0xBF));
    }

    @Test
    void truncatedSequencesAreRefused() {
        assertEquals(Optional.of(StrictUtf8.NOT_UTF8), inString(0xE2, 0x82));
        assertEquals(Optional.of(StrictUtf8.NOT_UTF8), check((byte) '"', (byte) 0xF0, (byte) 0x9F, (byte) 0x98));
    }

    @Test
    void encodedSurrogatesAreRefused() {
        assertEquals(Optional.of(StrictUtf8.NOT_UTF8), inString(0xED, 0xA0, 0x80));
        assertEquals(Optional.of(StrictUtf8.NOT_UTF8), inString(0xED, 0xBF, 0xBF));
    }

    @Test
    void bytesThatNeverOccurInUtf8AreRefused() {
        for (int b = 0xF5; b <= 0xFF; b++) {
            assertEquals(Optional.of(StrictUtf8.NOT_UTF8), inString(b), Integer.toHexString(b));
        }
        assertEquals(Optional.of(StrictUtf8.NOT_UTF8), inString(0x80));
    }

    @Test
    void aNulByteIsRefused() {
        assertEquals(Optional.of(StrictUtf8.NUL_BYTE), inString(0x00));
        assertEquals(Optional.of(StrictUtf8.NUL_BYTE), check("{}".getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void aLeadingByteOrderMarkIsRefused() {
        assertEquals(
                Optional.of(StrictUtf8.BYTE_ORDER_MARK),
                check(json("", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "{}")));
    }

    @Test
    void theCheckLeavesTheBufferPositionAlone() {
        ByteBuffer body = ByteBuffer.wrap("{}".getBytes(StandardCharsets.UTF_8));
        StrictUtf8.problemWith(body);
        assertEquals(0, body.position());
    }
}
