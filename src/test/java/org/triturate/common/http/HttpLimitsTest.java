package org.triturate.common.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Our request-head limits only mean something below Vert.x's, which refuse with an empty body. */
class HttpLimitsTest {

    private static final int VERTX_LIMIT = 65536;

    private static MemorySize bytes(long count) {
        return new MemorySize(BigInteger.valueOf(count));
    }

    private static HttpLayerProblems withLimits(long requestLine, long headers) {
        HttpLimits limits = new HttpLimits() {
            @Override
            public MemorySize maxRequestLine() {
                return bytes(requestLine);
            }

            @Override
            public MemorySize maxHeaderSize() {
                return bytes(headers);
            }
        };
        return new HttpLayerProblems(bytes(1 << 20), VERTX_LIMIT, bytes(VERTX_LIMIT), limits, new ObjectMapper());
    }

    @Test
    void limitsBelowVertxsStart() {
        assertDoesNotThrow(() -> withLimits(8192, 20480));
        assertDoesNotThrow(() -> withLimits(VERTX_LIMIT - 1, VERTX_LIMIT - 1));
    }

    @Test
    void aRequestLineLimitAtOrAboveVertxsRefusesToStart() {
        assertThrows(IllegalStateException.class, () -> withLimits(VERTX_LIMIT, 20480));
    }

    @Test
    void aHeaderLimitAtOrAboveVertxsRefusesToStart() {
        assertThrows(IllegalStateException.class, () -> withLimits(8192, 100_000));
    }
}
