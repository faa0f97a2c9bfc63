package org.triturate.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Malformed requests, generated from a fixed seed so that every run sends the same bytes. Each case has a category
 * (printed with its counts) and, where the contract names one, the status it must get: 413 for bodies over 1 MiB,
 * 414 and 431 for oversize request lines and header blocks, 415 for a body that is not {@code application/json}
 * in UTF-8, 400 for malformed UTF-8 in a JSON body, 401 for a request without a valid token. Every other case only
 * has to meet what all of them must: no 5xx, and every error a problem document.
 */
final class Fuzz {

    /**
     * One request; {@code expected} is 0 when any 4xx problem will do. {@code serverRefusal} marks a request the HTTP
     * server itself refuses before any application code runs (a request target {@code java.net.URI} rejects, a
     * Content-Length the codec cannot read): Quarkus answers those with an empty 400 that no hook can change (the
     * known limit in docs/fault-injection.md), so for them a bodiless 400 is counted apart instead of failing.
     */
    record Case(String category, String label, byte[] request, int expected, boolean serverRefusal) {
        Case(String category, String label, byte[] request, int expected) {
            this(category, label, request, expected, false);
        }
    }

    /** Who may call what, and the ids the paths use. */
    record Context(
            int port,
            String adminToken,
            String pharmacistToken,
            String prescriberToken,
            long orderId,
            long patientId,
            Path openApi) {}

    private static final int MIB = 1024 * 1024;
    private static final byte[][] BAD_UTF8 = {
        {(byte) 0xC0, (byte) 0xAF}, // overlong "/"
        {(byte) 0xC1, (byte) 0xBF}, // overlong
        {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // overlong, three bytes
        {(byte) 0x80}, // lone continuation byte
        {(byte) 0xBF, (byte) 0x80},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a UTF-16 surrogate encoded in UTF-8
        {(byte) 0xE2, (byte) 0x82}, // truncated sequence
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
        {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
        {(byte) 0xF9},
        {(byte) 0xFA},
        {(byte) 0xFB},
        {(byte) 0xFC},
        {(byte) 0xFD},
        {(byte) 0xFE},
        {(byte) 0xFF},
    };
    private static final String[] WRONG_VALUES = {
        "\"30\"",
        "30.5",
        "true",
        "null",
        "[]",
        "{}",
        "\"\"",
        "-1",
        "\"2026-02-30\"",
        "\"MG\"",
        "[1,2]",
        "{\"a\":1}",
        "\"\\ud800\"",
        "\"\\u0000\"",
        "0"
    };
    private static final String[] HUGE_NUMBERS = {
        "1e999999",
        "-1e999999",
        "1E2147483648",
        "1e-999999",
        "9".repeat(400),
        "-" + "9".repeat(400),
        "0." + "0".repeat(399) + "1",
        "1" + "0".repeat(400) + ".5",
        "123456789012345678901234567890",
        "1e2147483647"
    };
    private static final String[] ORDER_FIELDS = {
        "patientId",
        "dosageForm",
        "actives",
        "actives.0",
        "actives.0.ingredientId",
        "actives.0.strength",
        "actives.0.strength.value",
        "actives.0.strength.unit",
        "excludedAllergens",
        "excludedAllergens.0",
        "quantity",
        "quantity.value",
        "quantity.unit",
        "dose",
        "dose.amount",
        "dose.amount.value",
        "dose.timesPerDay",
        "directions",
        "daysSupply",
        "refills",
        "clinicalRationale",
        "clinicalRationale.categories",
        "clinicalRationale.text",
        "informedConsent.obtained",
        "informedConsent.date",
        "reassessBy"
    };
    private static final String[] NUMERIC_FIELDS = {
        "patientId",
        "actives.0.ingredientId",
        "actives.0.strength.value",
        "quantity.value",
        "dose.amount.value",
        "dose.timesPerDay",
        "daysSupply",
        "refills"
    };

    private final Random random;
    private final Context context;
    private final ObjectNode order;

    Fuzz(long seed, Context context, Map<String, Object> validOrder) {
        this.random = new Random(seed);
        this.context = context;
        this.order = ServiceApi.JSON.valueToTree(validOrder);
    }

    /** Every case, in a fixed order. */
    List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        List<String[]> writes = writeEndpoints();
        for (int i = 0; i < 800; i++) {
            cases.add(badJson(i));
        }
        for (int i = 0; i < 600; i++) {
            cases.add(wrongType());
        }
        for (int i = 0; i < 400; i++) {
            cases.add(hugeNumber(i));
        }
        for (int i = 0; i < 500; i++) {
            cases.add(badUtf8(i));
        }
        for (int i = 0; i < 500; i++) {
            cases.add(contentType(i));
        }
        for (int i = 0; i < 40; i++) {
            cases.add(oversizeBody(i));
        }
        for (int i = 0; i < 100; i++) {
            cases.add(longRequestLine());
        }
        for (int i = 0; i < 100; i++) {
            cases.add(largeHeaders(i));
        }
        for (int i = 0; i < 400; i++) {
            cases.add(badPercentEncoding(i));
        }
        for (int i = 0; i < 400; i++) {
            cases.add(unknownPath(i));
        }
        for (int i = 0; i < 400; i++) {
            cases.add(oddMethod(i));
        }
        for (int i = 0; i < 400; i++) {
            cases.add(badAuthorization(i));
        }
        for (int i = 0; i < 900; i++) {
            cases.add(garbageBody(writes.get(i % writes.size())));
        }
        return cases;
    }

    private Case badJson(int i) {
        String valid = ServiceApi.json(order);
        String body = switch (i % 10) {
            case 0, 1 -> valid.substring(0, random.nextInt(valid.length()));
            case 2 -> valid + pick("}", "x", "[]", "{}", " 1", "\u0000", ",", "\"");
            case 3 -> i % 40 == 3 ? "[".repeat(10_000) + "]".repeat(10_000) : "[".repeat(random.nextInt(2000));
            case 4 ->
                i % 40 == 4
                        ? "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)
                        : "{\"a\":".repeat(random.nextInt(2000));
            case 5 -> randomText(1 + random.nextInt(200));
            case 6 -> pick("", "null", "[]", "\"text\"", "123", "true", " ", "{", "}", "{,}");
            case 7 -> valid.replaceFirst("\"directions\"", "\"directions\":\"x\",\"directions\"");
            case 8 -> valid.replace(":", pick("=", "::", ": ,"));
            default -> valid.replaceFirst("\\{", "{\"unknownProperty\":1,");
        };
        return new Case(
                "bad JSON", "variant " + (i % 10), post("/api/v1/orders", context.prescriberToken(), body), 400);
    }

    private Case wrongType() {
        ObjectNode body = order.deepCopy();
        String field = pick(ORDER_FIELDS);
        String value = pick(WRONG_VALUES);
        String text = ServiceApi.json(set(body, field, "__WRONG__")).replace("\"__WRONG__\"", value);
        return new Case("wrong types", field, post("/api/v1/orders", context.prescriberToken(), text), 0);
    }

    private Case hugeNumber(int i) {
        String number = pick(HUGE_NUMBERS);
        if (i % 8 == 7) {
            String query = pick("page", "size", "patientId", "prescriberId");
            return new Case(
                    "huge numbers",
                    "query " + query,
                    request("GET", "/api/v1/orders?" + query + "=" + number, context.pharmacistToken(), null, null),
                    400);
        }
        if (i % 8 == 6) {
            return new Case(
                    "huge numbers",
                    "path id",
                    request("GET", "/api/v1/orders/" + number, context.pharmacistToken(), null, null),
                    0);
        }
        String field = pick(NUMERIC_FIELDS);
        String text = ServiceApi.json(set(order.deepCopy(), field, "__HUGE__")).replace("\"__HUGE__\"", number);
        return new Case("huge numbers", field, post("/api/v1/orders", context.prescriberToken(), text), 400);
    }

    private Case badUtf8(int i) {
        byte[] bad = BAD_UTF8[i % BAD_UTF8.length];
        switch (i % 5) {
            case 3 -> {
                byte[] target = concat("/api/v1/patients?lastName=Ok".getBytes(StandardCharsets.US_ASCII), bad);
                return new Case(
                        "bad UTF-8",
                        "query",
                        rawRequest("GET", target, headers(context.pharmacistToken(), null), null),
                        0,
                        true);
            }
            case 4 -> {
                Map<String, byte[]> headers = headers(context.prescriberToken(), "application/json");
                headers.put("Idempotency-Key", concat("key-".getBytes(StandardCharsets.US_ASCII), bad));
                return new Case(
                        "bad UTF-8",
                        "header",
                        rawRequest(
                                "POST",
                                "/api/v1/orders".getBytes(StandardCharsets.US_ASCII),
                                headers,
                                ServiceApi.json(order).getBytes(StandardCharsets.UTF_8)),
                        0);
            }
            default -> {
                String field = pick("directions", "clinicalRationale.text", "dosageForm", "actives.0.strength.unit");
                String text = ServiceApi.json(set(order.deepCopy(), field, "Take __BAD__ daily"));
                int at = text.indexOf("__BAD__");
                byte[] body = concat(
                        text.substring(0, at).getBytes(StandardCharsets.UTF_8),
                        bad,
                        text.substring(at + "__BAD__".length()).getBytes(StandardCharsets.UTF_8));
                return new Case(
                        "bad UTF-8",
                        "body " + field,
                        rawRequest(
                                "POST",
                                "/api/v1/orders".getBytes(StandardCharsets.US_ASCII),
                                headers(context.prescriberToken(), "application/json"),
                                body),
                        400);
            }
        }
    }

    private Case contentType(int i) {
        String[] types = {
            "text/plain",
            "*/*",
            null,
            "application/xml",
            "application/x-www-form-urlencoded",
            "text/json",
            "application/json; charset=UTF-16",
            "application/json; charset=ISO-8859-1",
            "multipart/form-data",
            "application/octet-stream",
            "application/problem+json",
            "json",
            "application/json"
        };
        String type = types[i % types.length];
        // JSON itself in UTF-16 (the last type) is malformed UTF-8 (400); the others are the wrong media type (415).
        boolean utf16Body = type != null && type.startsWith("application/json") && !type.contains("ISO");
        boolean patient = i % 3 == 0;
        String body = ServiceApi.json(patient ? org.triturate.testing.Registry.patient("Okafor") : order);
        return new Case(
                "wrong content types",
                (type == null ? "none" : type) + (utf16Body ? " (UTF-16 body)" : ""),
                rawRequest(
                        "POST",
                        ascii(patient ? "/api/v1/patients" : "/api/v1/orders"),
                        headers(context.prescriberToken(), type),
                        body.getBytes(utf16Body ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8)),
                "application/json".equals(type) ? 400 : 415);
    }

    private Case oversizeBody(int i) {
        String path = i % 2 == 0 ? "/api/v1/orders" : "/api/v1/patients";
        byte[] big = ("{\"directions\":\"" + "x".repeat(MIB + 1024 + random.nextInt(MIB)) + "\"}")
                .getBytes(StandardCharsets.US_ASCII);
        Map<String, byte[]> headers = headers(context.prescriberToken(), "application/json");
        return switch (i % 4) {
            case 0 -> new Case("oversize bodies", "declared", rawRequest("POST", ascii(path), headers, big), 413);
            case 1 -> {
                headers.put("Transfer-Encoding", ascii("chunked"));
                yield new Case("oversize bodies", "chunked", rawRequest("POST", ascii(path), headers, chunk(big)), 413);
            }
            case 2 -> {
                headers.put("Content-Length", ascii(String.valueOf(2 * MIB)));
                yield new Case(
                        "oversize bodies",
                        "declared, not sent",
                        rawRequest("POST", ascii(path), headers, ascii("{\"a\":1}")),
                        413);
            }
            default -> {
                headers.put("Content-Length", ascii("99999999999999999999"));
                yield new Case(
                        "oversize bodies",
                        "absurd length",
                        rawRequest("POST", ascii(path), headers, ascii("{}")),
                        0,
                        true);
            }
        };
    }

    private Case longRequestLine() {
        int length = 10 * 1024 + random.nextInt(10 * 1024);
        String target = "/api/v1/patients?lastName=" + "a".repeat(length);
        return new Case(
                "oversize request lines",
                "10-20 KiB",
                request("GET", target, context.pharmacistToken(), null, null),
                414);
    }

    private Case largeHeaders(int i) {
        Map<String, byte[]> headers = headers(context.pharmacistToken(), null);
        if (i % 2 == 0) {
            headers.put("X-Padding", ascii("p".repeat(30 * 1024)));
        } else {
            for (int h = 0; h < 300; h++) {
                headers.put("X-Padding-" + h, ascii("p".repeat(100)));
            }
        }
        return new Case(
                "oversize header blocks",
                i % 2 == 0 ? "one header" : "300 headers",
                rawRequest("GET", ascii("/api/v1/orders"), headers, null),
                431);
    }

    private Case badPercentEncoding(int i) {
        String[] targets = {
            "/api/v1/orders/%zz",
            "/api/v1/orders/%",
            "/api/v1/orders/%4",
            "/api/v1/patients?lastName=%",
            "/api/v1/patients?lastName=%G1",
            "/api/v1/patients?lastName=%E0%A4%A",
            "/api/v1/patients?lastName=%C0%AF",
            "/api/v1/patients?lastName=%00",
            "/api/v1/patients?lastName=%FF%FE",
            "/api/v1/orders/%2F",
            "/api/v1/%2e%2e/%2e%2e/etc/passwd",
            "/api/v1/orders/1%00",
            "/api/v1/orders?status=%ZZ",
            "/api/v1/orders/%ED%A0%80",
            "/%%%",
            "/api/v1/patients?%=%",
            "/api/v1/patients?lastName=%u0041"
        };
        String target = targets[i % targets.length];
        return new Case(
                "bad percent-encoding",
                target,
                request("GET", target, context.pharmacistToken(), null, null),
                0,
                !isUri(target));
    }

    private Case unknownPath(int i) {
        String target = switch (i % 8) {
            case 0 -> "/api/v1/" + randomSegment();
            case 1 -> "/api/v2/orders";
            case 2 -> "/api/v1/orders/" + randomSegment();
            case 3 -> "/" + randomSegment() + "/" + randomSegment();
            case 4 -> "/api/v1/orders/-1";
            case 5 -> "/api/v1/orders/99999999999999999999999";
            case 6 -> "//api//v1//orders";
            default -> "/q/" + randomSegment();
        };
        String token = i % 2 == 0 ? context.pharmacistToken() : null;
        return new Case("unknown paths", target, request(i % 3 == 0 ? "POST" : "GET", target, token, null, "{}"), 0);
    }

    private Case oddMethod(int i) {
        String[] methods = {"FOO", "TRACE", "PATCH", "DELETE", "PUT", "CONNECT", "get", "PROPFIND", "M-SEARCH", "BREW"};
        String[] targets = {
            "/api/v1/orders",
            "/api/v1/patients",
            "/api/v1/users",
            "/api/v1/orders/" + context.orderId(),
            "/api/v1/auth/token",
            "/q/health/ready"
        };
        String method = methods[i % methods.length];
        String target = targets[random.nextInt(targets.length)];
        return new Case(
                "odd methods",
                method + " " + target,
                request(method, target, context.adminToken(), "application/json", "{}"),
                0);
    }

    private Case badAuthorization(int i) {
        String token = context.pharmacistToken();
        String[] values = {
            null,
            "Bearer",
            "Bearer ",
            "Bearer garbage",
            "Basic YWRtaW46YWRtaW4=",
            "Bearer a.b.c",
            "Bearer " + token.substring(0, token.length() - 4) + "AAAA",
            "Bearer " + token + "x",
            "bearer" + token,
            "Bearer " + new StringBuilder(token).reverse(),
            "Token " + token,
            "Bearer " + "e".repeat(4000)
        };
        String value = values[i % values.length];
        String target =
                pick("/api/v1/orders", "/api/v1/patients", "/api/v1/users/me", "/api/v1/orders/" + context.orderId());
        Map<String, byte[]> headers = new LinkedHashMap<>();
        if (value != null) {
            headers.put("Authorization", ascii(value));
        }
        return new Case(
                "missing or garbage Authorization",
                value == null ? "none" : value.length() > 30 ? value.substring(0, 30) + "..." : value,
                rawRequest("GET", ascii(target), headers, null),
                401);
    }

    private Case garbageBody(String[] endpoint) {
        String method = endpoint[0];
        String path = endpoint[1]
                .replace("/orders/{id}", "/orders/" + context.orderId())
                .replace("/patients/{id}", "/patients/" + context.patientId())
                .replace("{id}", String.valueOf(1 + random.nextInt(3)));
        String body = switch (random.nextInt(6)) {
            case 0 -> randomText(1 + random.nextInt(300));
            case 1 -> pick("{}", "[]", "null", "0", "\"\"", "{\"\":\"\"}");
            case 2 -> "{\"" + randomSegment() + "\":" + pick(WRONG_VALUES) + "}";
            case 3 -> "[".repeat(500);
            case 4 -> "{\"a\":" + pick(HUGE_NUMBERS) + "}";
            default -> ServiceApi.json(order).substring(0, 50);
        };
        String token = pick(context.adminToken(), context.pharmacistToken(), context.prescriberToken());
        Map<String, byte[]> headers = headers(token, "application/json");
        headers.put("If-Match", ascii("\"" + random.nextInt(3) + "\""));
        return new Case(
                "garbage bodies on every POST/PUT",
                method + " " + endpoint[1],
                rawRequest(method, ascii(path), headers, body.getBytes(StandardCharsets.UTF_8)),
                0);
    }

    /**
     * POST and PUT operations of docs/openapi.yaml, except logout: with a valid token it would end the session the
     * rest of the suite uses.
     */
    private List<String[]> writeEndpoints() throws IOException {
        List<String[]> endpoints = new ArrayList<>();
        Pattern pathLine = Pattern.compile("^  (/\\S*):$");
        Pattern methodLine = Pattern.compile("^    (post|put):$");
        String path = null;
        for (String line : Files.readAllLines(context.openApi())) {
            Matcher p = pathLine.matcher(line);
            Matcher m = methodLine.matcher(line);
            if (p.matches()) {
                path = p.group(1);
            } else if (m.matches() && path != null && !path.endsWith("/logout")) {
                endpoints.add(new String[] {m.group(1).toUpperCase(java.util.Locale.ROOT), path});
            }
        }
        if (endpoints.size() < 10) {
            throw new IllegalStateException("too few POST/PUT operations found in " + context.openApi());
        }
        return endpoints;
    }

    private byte[] post(String path, String token, String body) {
        return request("POST", path, token, "application/json", body);
    }

    private byte[] request(String method, String target, String token, String contentType, String body) {
        return rawRequest(
                method,
                ascii(target),
                headers(token, contentType),
                body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, byte[]> headers(String token, String contentType) {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("Authorization", ascii("Bearer " + token));
        }
        if (contentType != null) {
            headers.put("Content-Type", ascii(contentType));
        }
        return headers;
    }

    /** A request as bytes: Host and Connection: close always, Content-Length unless the headers say otherwise. */
    private byte[] rawRequest(String method, byte[] target, Map<String, byte[]> headers, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii(method + " "));
        out.writeBytes(target);
        out.writeBytes(ascii(" HTTP/1.1\r\nHost: 127.0.0.1:" + context.port() + "\r\nConnection: close\r\n"));
        headers.forEach((name, value) -> {
            out.writeBytes(ascii(name + ": "));
            out.writeBytes(value);
            out.writeBytes(ascii("\r\n"));
        });
        if (body != null && !headers.containsKey("Content-Length") && !headers.containsKey("Transfer-Encoding")) {
            out.writeBytes(ascii("Content-Length: " + body.length + "\r\n"));
        }
        out.writeBytes(ascii("\r\n"));
        if (body != null) {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    private static byte[] chunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int offset = 0; offset < body.length; offset += 8192) {
            int length = Math.min(8192, body.length - offset);
            out.writeBytes(ascii(Integer.toHexString(length) + "\r\n"));
            out.write(body, offset, length);
            out.writeBytes(ascii("\r\n"));
        }
        out.writeBytes(ascii("0\r\n\r\n"));
        return out.toByteArray();
    }

    /** The field at a dotted path ("actives.0.strength") set to a string; the caller swaps it for raw text. */
    private static ObjectNode set(ObjectNode body, String field, String value) {
        String[] parts = field.split("\\.");
        JsonNode parent = body;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(parts[i])) : parent.get(parts[i]);
        }
        String last = parts[parts.length - 1];
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), ServiceApi.JSON.getNodeFactory().textNode(value));
        } else {
            ((ObjectNode) parent).put(last, value);
        }
        return body;
    }

    private String randomText(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) (0x20 + random.nextInt(0x5f)));
        }
        return text.toString();
    }

    private String randomSegment() {
        StringBuilder segment = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            segment.append((char) ('a' + random.nextInt(26)));
        }
        return segment.toString();
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static boolean isUri(String target) {
        try {
            new java.net.URI(target);
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
