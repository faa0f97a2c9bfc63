package org.triturate.order.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What tells a repeat of a submission (an order, a regimen) from another request under the same idempotency key:
 * SHA-256 of the body as canonical JSON (properties sorted), so key order and spacing do not matter.
 */
@ApplicationScoped
public class RequestHash {

    private final ObjectMapper canonicalJson;

    RequestHash(ObjectMapper json) {
        this.canonicalJson = json.copy()
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    public String of(Object request) {
        try {
            byte[] canonical = canonical(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash a request", e);
        }
    }

    String canonical(Object request) throws JsonProcessingException {
        return canonicalJson.writeValueAsString(request);
    }
}
