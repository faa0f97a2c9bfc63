package org.triturate.order.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.triturate.common.problem.ApiException;
import org.triturate.common.problem.ErrorCode;
import org.triturate.order.rest.OrderRequest;
import org.triturate.order.rest.OrderView;
import org.triturate.security.Caller;

/**
 * {@code POST /orders} with its {@code Idempotency-Key}, scoped to the calling user: a repeat with a JSON-equal
 * body creates nothing and gets the order first created; the same key with another body is 422
 * {@code IDEMPOTENCY_KEY_REUSED}. A failed request records nothing, so it does not use up its key. This class is
 * deliberately not transactional: when a concurrent request wins the race for a key, the losing transaction has
 * rolled back and the winner's order is read in a new one.
 */
@ApplicationScoped
public class OrderSubmission {

    static final int MAX_KEY_LENGTH = 255;

    private final OrderService orders;
    private final ObjectMapper canonicalJson;

    OrderSubmission(OrderService orders, ObjectMapper json) {
        this.orders = orders;
        this.canonicalJson = json.copy().enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    /** The outcome of a submission: a new order (201) or the one an earlier request with the same key created. */
    public record Submitted(OrderView order, boolean created) {
    }

    public Submitted submit(OrderRequest request, String idempotencyKey, Caller caller) {
        if (idempotencyKey == null) {
            return new Submitted(orders.submit(request, caller, null, null), true);
        }
        requireValidKey(idempotencyKey);
        String hash = hash(request);
        var earlier = orders.findByIdempotencyKey(caller.userId(), idempotencyKey);
        if (earlier.isPresent()) {
            return replay(earlier.get(), hash);
        }
        try {
            return new Submitted(orders.submit(request, caller, idempotencyKey, hash), true);
        } catch (OrderService.IdempotencyKeyTaken raced) {
            return replay(orders.findByIdempotencyKey(caller.userId(), idempotencyKey).orElseThrow(), hash);
        }
    }

    private static Submitted replay(OrderService.Replay earlier, String hash) {
        if (!hash.equals(earlier.requestHash())) {
            throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key",
                    "This key was used for order " + earlier.order().number() + " with a different request body");
        }
        return new Submitted(earlier.order(), false);
    }

    private static void requireValidKey(String key) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw ApiException.invalidField("Idempotency-Key",
                    "An idempotency key is 1 to " + MAX_KEY_LENGTH + " visible ASCII characters");
        }
    }

    /** SHA-256 of the request as canonical JSON (properties sorted), so key order and spacing do not matter. */
    private String hash(OrderRequest request) {
        try {
            byte[] canonical = canonicalJson.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash an order request", e);
        }
    }
}
