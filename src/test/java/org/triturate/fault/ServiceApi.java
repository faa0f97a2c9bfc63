package org.triturate.fault;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.triturate.testing.Registry;

/** The service's API as the suite's clients use it: JSON over java.net.http, HTTP/1.1 (the service has no h2c). */
public final class ServiceApi {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The password of the users {@link #seed} makes. */
    public static final String PASSWORD = "fault injection password";
    /** The prescriber user {@link #seed} makes. */
    public static final String PRESCRIBER = "fault.prescriber";
    /** The pharmacist user {@link #seed} makes. */
    public static final String PHARMACIST = "fault.pharmacist";

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final String base;
    private final Duration timeout;

    public ServiceApi(String base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
    }

    /** The users and records every scenario needs, made through the API as an operator would. */
    public record Seed(String prescriberToken, String pharmacistToken, long patientId) {}

    public Seed seed(String adminPassword) throws IOException, InterruptedException {
        String admin = token("admin", adminPassword);
        long prescriberId = created(post("/api/v1/prescribers", admin, Registry.prescriber("Moreau"), Map.of()));
        created(post(
                "/api/v1/users",
                admin,
                Map.of(
                        "username",
                        PRESCRIBER,
                        "password",
                        PASSWORD,
                        "roles",
                        List.of("PRESCRIBER"),
                        "prescriberId",
                        prescriberId),
                Map.of()));
        created(post(
                "/api/v1/users",
                admin,
                Map.of("username", PHARMACIST, "password", PASSWORD, "roles", List.of("PHARMACIST")),
                Map.of()));
        String prescriber = token(PRESCRIBER, PASSWORD);
        return new Seed(prescriber, token(PHARMACIST, PASSWORD), newPatient(prescriber));
    }

    long newPatient(String prescriberToken) throws IOException, InterruptedException {
        return created(post("/api/v1/patients", prescriberToken, Registry.patient("Okafor"), Map.of()));
    }

    String token(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response =
                post("/api/v1/auth/token", null, Map.of("username", username, "password", password), Map.of());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("login as " + username + ": " + response.statusCode());
        }
        return JSON.readTree(response.body()).get("accessToken").asText();
    }

    HttpResponse<String> post(String path, String token, Object body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body)));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return client.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The number of orders of a patient, from the list's total. */
    long orderCount(String token, long patientId) throws IOException, InterruptedException {
        HttpResponse<String> list = get("/api/v1/orders?patientId=" + patientId + "&size=1", token);
        if (list.statusCode() != 200) {
            throw new IllegalStateException("order list: " + list.statusCode());
        }
        return JSON.readTree(list.body()).get("total").asLong();
    }

    static String json(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return JSON.missingNode();
        }
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private static long created(HttpResponse<String> response) {
        if (response.statusCode() != 201) {
            throw new IllegalStateException("expected 201, got " + response.statusCode() + ": " + response.body());
        }
        return tree(response.body()).get("id").asLong();
    }
}
