package org.triturate.fault;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.triturate.testing.RawHttp;

/**
 * Concurrent clients, each in a loop until stopped: submitters send one order per request with a key of its own,
 * readers GET orders acknowledged so far. Every request's outcome is kept with its start and end time.
 */
final class Load {

    /** One request: status -1 with {@code error} when no answer came (connection refused or cut, timeout). */
    record Outcome(
            String kind,
            String key,
            long startNanos,
            long endNanos,
            int status,
            String body,
            String contentType,
            String retryAfter,
            String error) {

        double seconds() {
            return (endNanos - startNanos) / 1e9;
        }

        boolean overlaps(long fromNanos, long toNanos) {
            return startNanos <= toNanos && endNanos >= fromNanos;
        }

        /** The problem code of an error answer, or null. */
        String code() {
            JsonNode code = ServiceApi.tree(body).path("violations").path(0).path("code");
            return code.isTextual() ? code.asText() : null;
        }

        /** A 2xx, or a 503 problem that says the database is away (or the commit's outcome unknown) with Retry-After. */
        boolean acceptableDuringOutage() {
            if (status >= 200 && status < 300) {
                return true;
            }
            return status == 503
                    && contentType != null
                    && contentType.startsWith("application/problem+json")
                    && retryAfter != null
                    && ("SERVICE_UNAVAILABLE".equals(code()) || "COMMIT_OUTCOME_UNKNOWN".equals(code()));
        }

        String describe() {
            return status < 0 ? error : status + (code() == null ? "" : " " + code());
        }
    }

    /** An acknowledged submission: the key it was sent with and the order as the 201/200 answer showed it. */
    record Ack(String key, long id, JsonNode order) {}

    static final int CLIENT_TIMEOUT_MILLIS = 20_000;

    private final ServiceApi api;
    private final String token;
    private final Map<String, Object> body;
    private final int rawSocketPort;
    private final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final List<Ack> acks = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    /**
     * Clients of {@code api}; with a {@code rawSocketPort} above 0 submissions go over a new connection each
     * ({@code Connection: close}) instead, so that a server that stops does not meet a reused idle connection.
     */
    Load(ServiceApi api, String token, Map<String, Object> body, int rawSocketPort) {
        this.api = api;
        this.token = token;
        this.body = body;
        this.rawSocketPort = rawSocketPort;
    }

    Load start(int submitters, int readers) {
        for (int i = 0; i < submitters; i++) {
            threads.add(new Thread(this::submitLoop, "fault-submitter-" + i));
        }
        for (int i = 0; i < readers; i++) {
            threads.add(new Thread(this::readLoop, "fault-reader-" + i));
        }
        threads.forEach(Thread::start);
        return this;
    }

    /** Stops the clients and waits for the requests under way to end (each has the client's timeout). */
    void stop() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(60));
        }
    }

    List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    List<Ack> acks() {
        return List.copyOf(acks);
    }

    private void submitLoop() {
        while (running) {
            String key = "fault-" + UUID.randomUUID();
            Outcome outcome = rawSocketPort > 0
                    ? submitOverRawSocket(key)
                    : send(
                            "submit",
                            key,
                            () -> api.post("/api/v1/orders", token, body, Map.of("Idempotency-Key", key)));
            if (outcome.status() == 201 || outcome.status() == 200) {
                JsonNode order = ServiceApi.tree(outcome.body());
                acks.add(new Ack(key, order.path("id").asLong(), order));
            } else if (outcome.status() < 0) {
                pause(); // the service is away: do not spin
            }
        }
    }

    private void readLoop() {
        while (running) {
            List<Ack> known = acks;
            if (known.isEmpty()) {
                pause();
                continue;
            }
            long id =
                    known.get(ThreadLocalRandom.current().nextInt(known.size())).id();
            Outcome outcome = send("read", null, () -> api.get("/api/v1/orders/" + id, token));
            if (outcome.status() < 0) {
                pause();
            }
        }
    }

    private Outcome submitOverRawSocket(String key) {
        byte[] json = ServiceApi.json(body).getBytes(StandardCharsets.UTF_8);
        byte[] request = RawHttp.request(
                List.of(
                        "POST /api/v1/orders HTTP/1.1",
                        "Host: 127.0.0.1:" + rawSocketPort,
                        "Connection: close",
                        "Authorization: Bearer " + token,
                        "Content-Type: application/json",
                        "Idempotency-Key: " + key,
                        "Content-Length: " + json.length),
                json);
        long started = System.nanoTime();
        RawExchange.Response response = RawExchange.send(rawSocketPort, request, CLIENT_TIMEOUT_MILLIS);
        Outcome outcome = new Outcome(
                "submit",
                key,
                started,
                System.nanoTime(),
                response.status(),
                response.text(),
                response.header("Content-Type"),
                response.header("Retry-After"),
                response.failure());
        outcomes.add(outcome);
        return outcome;
    }

    /** One request of a client. */
    interface Call {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }

    private Outcome send(String kind, String key, Call call) {
        Outcome outcome = outcome(kind, key, call);
        outcomes.add(outcome);
        return outcome;
    }

    /** Makes the call and keeps its answer, or the failure that took its place, with the times. */
    static Outcome outcome(String kind, String key, Call call) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = call.send();
            return new Outcome(
                    kind,
                    key,
                    started,
                    System.nanoTime(),
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null),
                    null);
        } catch (IOException e) {
            return new Outcome(
                    kind,
                    key,
                    started,
                    System.nanoTime(),
                    -1,
                    "",
                    null,
                    null,
                    e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(kind, key, started, System.nanoTime(), -1, "", null, null, "interrupted");
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
