package org.triturate.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.EOFException;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.triturate.testing.Api;
import org.triturate.testing.CapturedLogs;
import org.triturate.testing.RawHttp;

/**
 * The HTTP layer answers every refusal with a problem document, also for requests no regular client sends: bodies
 * that are not UTF-8 JSON, request lines and headers over the limits, unknown methods; and a client that hangs up
 * leaves no ERROR in the log. Sent over a plain socket, because REST Assured cannot send most of these.
 */
@QuarkusTest
class StrictHttpLayerTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String USERS = "/api/v1/users";

    @TestHTTPResource("/")
    URL root;

    private RawHttp http;
    private String admin;

    @BeforeEach
    void connect() {
        http = RawHttp.to(root.getHost(), root.getPort());
        admin = Api.adminToken();
    }

    private static String newUser() {
        return "{\"username\": \"" + Api.unique("raw") + "\", \"password\": \"" + Api.PASSWORD
                + "\", \"roles\": [\"TECHNICIAN\"]}";
    }

    private RawHttp.Response send(String method, String target, List<String> headers, byte[] body) throws IOException {
        List<String> head = new ArrayList<>();
        head.add(method + " " + target + " HTTP/1.1");
        head.add("Host: localhost");
        head.add("Connection: close");
        head.add("Authorization: Bearer " + admin);
        head.addAll(headers);
        return http.exchange(RawHttp.request(head, body));
    }

    private RawHttp.Response post(String contentType, byte[] body) throws IOException {
        List<String> headers = new ArrayList<>();
        if (contentType != null) {
            headers.add("Content-Type: " + contentType);
        }
        headers.add("Content-Length: " + body.length);
        return send("POST", USERS, headers, body);
    }

    private RawHttp.Response postChunked(byte[] body) throws IOException {
        byte[] head = (Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] chunked = new byte[head.length + body.length + tail.length];
        System.arraycopy(head, 0, chunked, 0, head.length);
        System.arraycopy(body, 0, chunked, head.length, body.length);
        System.arraycopy(tail, 0, chunked, head.length + body.length, tail.length);
        return send("POST", USERS, List.of("Content-Type: application/json", "Transfer-Encoding: chunked"), chunked);
    }

    /** A new user whose password carries the given bytes in its middle. */
    private static byte[] userWithPasswordBytes(int... bytes) {
        String user = newUser();
        int middle = user.indexOf(Api.PASSWORD) + Api.PASSWORD.length() / 2;
        byte[] before = user.substring(0, middle).getBytes(StandardCharsets.UTF_8);
        byte[] after = user.substring(middle).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[before.length + bytes.length + after.length];
        System.arraycopy(before, 0, all, 0, before.length);
        for (int i = 0; i < bytes.length; i++) {
            all[before.length + i] = (byte) bytes[i];
        }
        System.arraycopy(after, 0, all, before.length + bytes.length, after.length);
        return all;
    }

    static void assertProblem(RawHttp.Response response, int status, String code) {
        assertEquals(status, response.status(), response::toString);
        assertEquals(PROBLEM_JSON, response.header("Content-Type"), response::toString);
        assertTrue(response.body().contains("\"status\":" + status), response::toString);
        assertTrue(response.body().contains("\"code\":\"" + code + "\""), response::toString);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "text/plain",
                "*/*",
                "application/json; charset=utf-16",
                "application/x-www-form-urlencoded",
                "application/json; profile=anything"
            })
    void aBodyOfAnotherMediaTypeIs415(String contentType) throws IOException {
        assertProblem(post(contentType, newUser().getBytes(StandardCharsets.UTF_8)), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void aBodyWithoutContentTypeIs415() throws IOException {
        assertProblem(post(null, newUser().getBytes(StandardCharsets.UTF_8)), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void aChunkedBodyIsJudgedLikeAnyOther() throws IOException {
        byte[] body = newUser().getBytes(StandardCharsets.UTF_8);
        RawHttp.Response response = send(
                "POST",
                USERS,
                List.of("Content-Type: text/plain", "Transfer-Encoding: chunked"),
                ("%x\r\n".formatted(body.length) + newUser() + "\r\n0\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        assertProblem(response, 415, "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(postChunked(userWithPasswordBytes(0xC0, 0xAF)), 400, "INVALID_FIELD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=UTF-8", "Application/JSON;charset=utf-8"})
    void jsonInUtf8IsCreated(String contentType) throws IOException {
        RawHttp.Response response = post(contentType, newUser().getBytes(StandardCharsets.UTF_8));
        assertEquals(201, response.status(), response::toString);
    }

    @Test
    void aRequestWithoutBodyNeedsNoContentType() throws IOException {
        // Judged on its (missing) content as before, not refused for its media type.
        assertProblem(post(null, new byte[0]), 400, "INVALID_FIELD");
    }

    @Test
    void overlongUtf8Is400AndNothingIsStored() throws IOException {
        RawHttp.Response response = post("application/json", userWithPasswordBytes(0xC0, 0xAF));
        assertProblem(response, 400, "INVALID_FIELD");
        assertTrue(response.body().contains(StrictUtf8.NOT_UTF8), response::toString);
    }

    @Test
    void surrogatesTruncatedSequencesAndForeignBytesAre400() throws IOException {
        assertProblem(post("application/json", userWithPasswordBytes(0xED, 0xA0, 0x80)), 400, "INVALID_FIELD");
        assertProblem(post("application/json", userWithPasswordBytes(0xE2, 0x82)), 400, "INVALID_FIELD");
        assertProblem(post("application/json", userWithPasswordBytes(0xF5, 0x80, 0x80, 0x80)), 400, "INVALID_FIELD");
        assertProblem(post("application/json", userWithPasswordBytes(0xFF)), 400, "INVALID_FIELD");
    }

    @Test
    void nulBytesAndUtf16Are400() throws IOException {
        RawHttp.Response nul = post("application/json", userWithPasswordBytes(0x00));
        assertProblem(nul, 400, "INVALID_FIELD");
        assertTrue(nul.body().contains(StrictUtf8.NUL_BYTE), nul::toString);
        assertProblem(post("application/json", newUser().getBytes(StandardCharsets.UTF_16LE)), 400, "INVALID_FIELD");
        assertProblem(post("application/json", newUser().getBytes(StandardCharsets.UTF_16)), 400, "INVALID_FIELD");
    }

    @Test
    void aByteOrderMarkIs400() throws IOException {
        byte[] json = newUser().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        RawHttp.Response response = post("application/json", withBom);
        assertProblem(response, 400, "INVALID_FIELD");
        assertTrue(response.body().contains(StrictUtf8.BYTE_ORDER_MARK), response::toString);
    }

    @Test
    void aRequestLineOverEightKibibytesIs414() throws IOException {
        String prefix = "GET /api/v1/users?q=";
        String fits = "a".repeat(8192 - prefix.length() - " HTTP/1.1".length());
        assertEquals(
                200, send("GET", USERS + "?q=" + fits, List.of(), new byte[0]).status());
        assertProblem(send("GET", USERS + "?q=" + fits + "a", List.of(), new byte[0]), 414, "URI_TOO_LONG");
        assertProblem(send("GET", "/foo/" + "a".repeat(40_000), List.of(), new byte[0]), 414, "URI_TOO_LONG");
    }

    @Test
    void headersOverTwentyKibibytesAre431() throws IOException {
        assertEquals(
                200,
                send("GET", "/api/v1/users/me", List.of("X-Padding: " + "a".repeat(15_000)), new byte[0])
                        .status());
        assertProblem(
                send("GET", "/api/v1/users/me", List.of("X-Padding: " + "a".repeat(21_000)), new byte[0]),
                431,
                "HEADERS_TOO_LARGE");
        assertProblem(
                send(
                        "GET",
                        "/api/v1/users/me",
                        List.of("X-A: " + "a".repeat(30_000), "X-B: " + "b".repeat(30_000)),
                        new byte[0]),
                431,
                "HEADERS_TOO_LARGE");
    }

    /** The known limit: a head beyond Vert.x's own (raised) limits is refused by its codec with an empty body. */
    @Test
    void beyondSixtyFourKibibytesVertxStillAnswersWithoutBody() throws IOException {
        RawHttp.Response line = send("GET", "/foo/" + "a".repeat(70_000), List.of(), new byte[0]);
        assertEquals(414, line.status(), line::toString);
        assertEquals("", line.body());
        RawHttp.Response headers = send("GET", "/foo", List.of("X-Padding: " + "a".repeat(70_000)), new byte[0]);
        assertEquals(431, headers.status(), headers::toString);
        assertEquals("", headers.body());
    }

    /**
     * The known limit: a target that java.net.URI refuses is answered by Quarkus's root handler, before any router,
     * with an empty 400 (only -Dvertx.disableURIValidation=true would let it through to HttpLayerProblems).
     */
    @Test
    void aTargetThatIsNotAUriIsRefusedByQuarkusWithoutBody() throws IOException {
        for (String target : List.of("/api/v1/orders/%zz", "/api/v1/orders?q=%", "/foo%zz")) {
            RawHttp.Response response = send("GET", target, List.of(), new byte[0]);
            assertEquals(400, response.status(), response::toString);
            assertEquals("", response.body(), response::toString);
        }
    }

    /** The known limit: Quarkus's CORS filter ends a refused cross-origin request itself with an empty 403. */
    @Test
    void aRefusedOriginIsABare403FromTheCorsFilter() throws IOException {
        RawHttp.Response response = send(
                "OPTIONS",
                USERS,
                List.of("Origin: https://evil.test", "Access-Control-Request-Method: POST"),
                new byte[0]);
        assertEquals(403, response.status(), response::toString);
        assertEquals("", response.body(), response::toString);
    }

    @Test
    void unknownPathsAre404ProblemsInsideAndOutsideTheApi() throws IOException {
        for (String path : List.of("/foo", "/q/unknown", "/api/v1/no-such-thing", "/")) {
            assertProblem(send("GET", path, List.of(), new byte[0]), 404, "NOT_FOUND");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"FOO", "TRACE", "PATCH", "DELETE"})
    void unsupportedMethodsOnAnApiResourceAre405(String method) throws IOException {
        assertProblem(send(method, "/api/v1/users/me", List.of(), new byte[0]), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void unknownMethodsAndConnectOutsideTheApiAre404() throws IOException {
        assertProblem(send("FOO", "/foo", List.of(), new byte[0]), 404, "NOT_FOUND");
        assertProblem(send("CONNECT", "localhost:1", List.of(), new byte[0]), 404, "NOT_FOUND");
    }

    @Test
    void headOfAnErrorKeepsTheProblemTypeWithoutBody() throws IOException {
        List<String> head = List.of("HEAD /api/v1/users/me HTTP/1.1", "Host: localhost", "Connection: close");
        RawHttp.Response response = http.exchange(RawHttp.request(head, new byte[0]));
        assertEquals(401, response.status());
        assertEquals(PROBLEM_JSON, response.header("Content-Type"));
    }

    @Test
    void anUnacceptableRepresentationIs406() throws IOException {
        assertProblem(send("GET", "/api/v1/users/me", List.of("Accept: text/csv"), new byte[0]), 406, "NOT_ACCEPTABLE");
    }

    @Test
    void aDeclaredBodyOverTheLimitIs413() throws IOException {
        assertProblem(
                send("POST", USERS, List.of("Content-Type: application/json", "Content-Length: 2000000"), new byte[0]),
                413,
                "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aMissingHostIs400() throws IOException {
        RawHttp.Response response = http.exchange(
                RawHttp.request(List.of("GET /api/v1/users/me HTTP/1.1", "Connection: close"), new byte[0]));
        assertProblem(response, 400, "INVALID_FIELD");
    }

    @Test
    void aClientThatHangsUpMidBodyLeavesNoErrorInTheLog() throws Exception {
        byte[] body = newUser().getBytes(StandardCharsets.UTF_8);
        byte[] half = java.util.Arrays.copyOf(body, body.length / 2);
        List<String> declared = List.of(
                "POST " + USERS + " HTTP/1.1",
                "Host: localhost",
                "Authorization: Bearer " + admin,
                "Content-Type: application/json",
                "Content-Length: " + body.length);
        List<String> chunked = List.of(
                "POST " + USERS + " HTTP/1.1",
                "Host: localhost",
                "Authorization: Bearer " + admin,
                "Content-Type: application/json",
                "Transfer-Encoding: chunked");
        try (CapturedLogs logs = CapturedLogs.start()) {
            http.sendAndHangUp(RawHttp.request(declared, half));
            http.sendAndHangUp(RawHttp.request(
                    chunked,
                    ("%x\r\n".formatted(body.length) + new String(half, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8)));
            awaitLines(logs, "closed the connection before", 2);
            assertNoErrorLines(logs);
        }
    }

    /** Vert.x closes the connection on a chunk size that is not hexadecimal: nobody is left to answer. */
    @Test
    void aBrokenChunkClosesTheConnectionWithoutAnErrorInTheLog() throws Exception {
        try (CapturedLogs logs = CapturedLogs.start()) {
            assertThrows(
                    EOFException.class,
                    () -> send(
                            "POST",
                            USERS,
                            List.of("Content-Type: application/json", "Transfer-Encoding: chunked"),
                            "zz\r\n{}\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
            awaitLines(logs, "closed the connection before", 1);
            assertNoErrorLines(logs);
        }
    }

    @Test
    void aClientThatStopsReadingALargeResponseLeavesNoErrorInTheLog() throws Exception {
        try (CapturedLogs logs = CapturedLogs.start()) {
            for (int i = 0; i < 3; i++) {
                http.readStartAndHangUp(
                        RawHttp.request(List.of("GET /q/openapi HTTP/1.1", "Host: localhost"), new byte[0]), 100);
                http.readStartAndHangUp(
                        RawHttp.request(
                                List.of(
                                        "GET /api/v1/ingredients?size=200 HTTP/1.1",
                                        "Host: localhost",
                                        "Authorization: Bearer " + admin),
                                new byte[0]),
                        100);
            }
            Thread.sleep(1000);
            assertNoErrorLines(logs);
        }
    }

    private static void awaitLines(CapturedLogs logs, String text, int count) throws InterruptedException {
        for (int i = 0;
                i < 100 && logs.lines().stream().filter(l -> l.contains(text)).count() < count;
                i++) {
            Thread.sleep(50);
        }
        assertEquals(count, logs.lines().stream().filter(l -> l.contains(text)).count(), logs.lines()::toString);
    }

    /** The lines an unexpected failure leaves: ours (Problems), Quarkus's error handler's, and the exception. */
    private static void assertNoErrorLines(CapturedLogs logs) {
        for (String error : List.of("Unexpected error", "failed, error id", "HttpClosedException", "IOException")) {
            assertFalse(logs.anyContains(error), () -> error + " in " + logs.lines());
        }
    }
}
