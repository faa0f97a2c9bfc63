package org.triturate.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.triturate.fault.ServiceApi;
import org.triturate.testing.FreePorts;
import org.triturate.testing.Orders;
import org.triturate.testing.ServiceProcess;

/**
 * The backup of docs/operations.md, tested the way it is used: the packaged service runs on a fresh database of the
 * MariaDB server configured for the external-database check (.ci/run), clients submit orders and move them through
 * review and cancellation, {@code deploy/backup/backup} dumps the database while they do, and
 * {@code deploy/backup/restore} loads the dump into a second database on which a second service starts. Every
 * order acknowledged before the dump started must be there, complete (actives, checks, audit trail ending in its
 * status) and readable through the second service; the restore must be one consistent moment (no order without its
 * audit rows, no orphans, nothing that started after the dump ended); and the restored service must hand out order
 * numbers no restored order has. Prints a line of figures with the prefix {@code BackupRestoreIT:}.
 */
@EnabledIfEnvironmentVariable(named = "TRITURATE_IT_EXTERNAL_DB_SERVER", matches = ".+")
class BackupRestoreIT {

    private static final Path APP = Path.of(System.getProperty("triturate.app.dir", "target/quarkus-app"));
    private static final Path WORK = Path.of("target/backup-work");
    private static final String SOURCE = "triturate_backup_source";
    private static final String RESTORED = "triturate_backup_restored";
    private static final String ADMIN_PASSWORD = "backup restore admin password";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration LOAD_BEFORE_DUMP = Duration.ofSeconds(8);
    private static final int ORDERS_BEFORE_DUMP = 30;
    private static final Duration LOAD_AFTER_DUMP = Duration.ofSeconds(3);
    private static final int SUBMITTERS = 2;

    private final String server = System.getenv("TRITURATE_IT_EXTERNAL_DB_SERVER");
    private final String user = System.getenv().getOrDefault("TRITURATE_IT_EXTERNAL_DB_USER", "root");
    private final String password = System.getenv().getOrDefault("TRITURATE_IT_EXTERNAL_DB_PASSWORD", "");
    private final Map<String, Long> startMillis = new HashMap<>();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    /** An order the source service acknowledged (201), with the request's start and end. */
    private record Ack(long id, String number, int actives, int checks, String etag, long startNanos, long endNanos) {}

    /** A workflow step's request (review or cancel) and its answer. */
    private record Step(long orderId, String toStatus, int status, long startNanos, long endNanos) {}

    /** An order as the restored database holds it: status, and the audit trail's actions and target statuses. */
    private record Restored(String number, String status, int actives, int checks, List<String> auditActions) {}

    @Test
    void aDumpTakenUnderLoadRestoresEveryAcknowledgedOrderConsistently() throws Exception {
        Path work = WORK.resolve("run-" + System.currentTimeMillis()).toAbsolutePath();
        Files.createDirectories(work);
        Path clientOptions = clientOptionFile(work);
        dropDatabases();
        ServiceProcess source = null;
        ServiceProcess restored = null;
        try {
            source = start(SOURCE, work.resolve("source"));
            Clients clients = new Clients(source.base());
            clients.start();
            // At least the minimum time, then until enough orders exist (the machine may be shared and slow).
            long loadEnd = System.nanoTime() + LOAD_BEFORE_DUMP.toNanos();
            long giveUp = loadEnd + LOAD_BEFORE_DUMP.toNanos();
            while (System.nanoTime() < loadEnd
                    || (clients.acks.size() < ORDERS_BEFORE_DUMP && System.nanoTime() < giveUp)) {
                Thread.sleep(100);
            }

            long dumpStart = System.nanoTime();
            Map<String, String> backup = runScript(
                    work,
                    clientOptions,
                    Map.of(
                            "TRITURATE_BACKUP_DATABASE",
                            SOURCE,
                            "TRITURATE_BACKUP_DIR",
                            work.resolve("backups").toString()),
                    "deploy/backup/backup");
            long dumpEnd = System.nanoTime();
            Thread.sleep(LOAD_AFTER_DUMP.toMillis());
            clients.stop();
            source.stop();

            long restoreStart = System.nanoTime();
            Map<String, String> restore =
                    runScript(work, clientOptions, Map.of(), "deploy/backup/restore", backup.get("file"), RESTORED);
            double restoreWallSeconds = (System.nanoTime() - restoreStart) / 1e9;

            Map<Long, Restored> orders = restoredOrders();
            List<Ack> before =
                    clients.acks.stream().filter(a -> a.endNanos() < dumpStart).toList();
            List<Ack> during = clients.acks.stream()
                    .filter(a -> a.endNanos() >= dumpStart && a.startNanos() <= dumpEnd)
                    .toList();
            List<Ack> after =
                    clients.acks.stream().filter(a -> a.startNanos() > dumpEnd).toList();
            assertTrue(
                    before.size() >= ORDERS_BEFORE_DUMP, "a steady load before the dump: " + before.size() + " orders");
            assertEquals(0, clients.failures(), "requests answered 5xx or not at all while the backup ran");

            for (Ack ack : before) {
                Restored order = orders.get(ack.id());
                assertTrue(order != null, "order " + ack.number() + " acknowledged before the dump is restored");
                assertEquals(ack.number(), order.number());
            }
            long duringFound =
                    during.stream().filter(a -> orders.containsKey(a.id())).count();
            for (Ack ack : after) {
                assertTrue(
                        !orders.containsKey(ack.id()),
                        "order " + ack.number() + " submitted after the dump ended is not in it");
            }
            for (Ack ack : clients.acks) {
                Restored order = orders.get(ack.id());
                if (order != null) {
                    assertEquals(ack.actives(), order.actives(), "actives of " + ack.number());
                    assertEquals(ack.checks(), order.checks(), "checks of " + ack.number());
                }
            }
            orders.forEach((id, order) -> {
                List<String> trail = order.auditActions();
                assertTrue(
                        !trail.isEmpty() && trail.get(0).startsWith("ORDER_SUBMITTED>"),
                        "order " + order.number() + " starts its audit trail with its submission: " + trail);
                assertTrue(
                        trail.get(trail.size() - 1).endsWith(">" + order.status()),
                        "the audit trail of " + order.number() + " ends in its status " + order.status() + ": "
                                + trail);
            });
            for (Step step : clients.steps) {
                Restored order = orders.get(step.orderId());
                boolean recorded =
                        order != null && order.auditActions().stream().anyMatch(a -> a.endsWith(">" + step.toStatus()));
                if (step.status() == 200 && step.endNanos() < dumpStart) {
                    assertTrue(recorded, "step to " + step.toStatus() + " of order " + step.orderId() + " restored");
                }
                if (step.startNanos() > dumpEnd) {
                    assertTrue(!recorded, "step to " + step.toStatus() + " after the dump is not in it");
                }
            }
            assertEquals(0, orphans(), "rows whose order is not in the restore");

            restored = start(RESTORED, work.resolve("restored"));
            ServiceClient api = new ServiceClient(restored.base());
            String pharmacist = api.token(ServiceApi.PHARMACIST);
            for (Ack ack : before) {
                JsonNode order = api.json(api.get("/api/v1/orders/" + ack.id(), pharmacist), 200);
                assertEquals(ack.number(), order.path("number").asText());
                assertEquals(orders.get(ack.id()).status(), order.path("status").asText());
                JsonNode history = api.json(api.get("/api/v1/orders/" + ack.id() + "/history", pharmacist), 200);
                assertEquals(
                        orders.get(ack.id()).auditActions().size(),
                        history.path("items").size(),
                        "history of " + ack.number());
            }
            String prescriber = api.token(ServiceApi.PRESCRIBER);
            long patient = clients.patientId;
            HttpResponse<String> created = api.post(
                    "/api/v1/orders",
                    prescriber,
                    Orders.sertralineCapsules(patient),
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            JsonNode newOrder = api.json(created, 201);
            String newNumber = newOrder.path("number").asText();
            assertTrue(
                    orders.values().stream().noneMatch(o -> o.number().equals(newNumber)),
                    "the restored service's new order number " + newNumber + " is not a restored one");
            long maxRestoredId =
                    orders.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
            assertTrue(newOrder.path("id").asLong() > maxRestoredId, "new order id after every restored one");

            System.out.printf(
                    "BackupRestoreIT: restored %s tables, %s rows; dump %s bytes gzip in %s s under load (%d requests"
                            + " overlapped it, slowest %.2f s, %d answered 5xx or not at all during the whole load); restore %s s"
                            + " (%.1f s with the checks of the script); orders acknowledged before the dump %d, found"
                            + " %d; during %d, found %d; after %d, found 0; workflow steps %d; restored orders %d;"
                            + " new order %s after restored max %s; services ready in %d ms (fresh database, migrated)"
                            + " and %d ms (restored)%n",
                    restore.get("tables"),
                    restore.get("rows"),
                    backup.get("bytes"),
                    backup.get("seconds"),
                    clients.overlapping(dumpStart, dumpEnd),
                    clients.slowest(dumpStart, dumpEnd),
                    clients.failures(),
                    restore.get("seconds"),
                    restoreWallSeconds,
                    before.size(),
                    before.size(),
                    during.size(),
                    duringFound,
                    after.size(),
                    clients.steps.size(),
                    orders.size(),
                    newNumber,
                    orders.get(maxRestoredId).number(),
                    startMillis.get(SOURCE),
                    startMillis.get(RESTORED));
        } finally {
            if (source != null) {
                source.stop();
            }
            if (restored != null) {
                restored.stop();
            }
            dropDatabases();
        }
    }

    /** The packaged service on a database of the configured server, created and migrated at its start. */
    private ServiceProcess start(String database, Path dir) throws Exception {
        Map<String, String> env = Map.of(
                "TRITURATE_DATA_DIR", dir.resolve("data").toString(),
                "TRITURATE_DB_URL", server + database + "?createDatabaseIfNotExist=true",
                "TRITURATE_DB_USER", user,
                "TRITURATE_DB_PASSWORD", password,
                "TRITURATE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        ServiceProcess service = new ServiceProcess(APP, dir, env, FreePorts.next(), Duration.ofSeconds(90));
        startMillis.put(database, service.start());
        return service;
    }

    /** The scripts read the account from an option file, as an operator's would; host and port from the URL. */
    private Path clientOptionFile(Path work) throws IOException {
        Matcher address = Pattern.compile("//([^:/]+)(?::(\\d+))?/").matcher(server);
        assertTrue(address.find(), "host in " + server);
        Path file = work.resolve("client.cnf");
        Files.writeString(
                file,
                "[client]\nhost=" + address.group(1) + "\nport="
                        + (address.group(2) == null ? "3306" : address.group(2)) + "\nuser=" + user + "\npassword=\""
                        + password + "\"\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    /** Runs a script of deploy/backup, echoes its output and returns the key=value pairs of its lines. */
    private static Map<String, String> runScript(
            Path work, Path clientOptions, Map<String, String> env, String... command)
            throws IOException, InterruptedException {
        List<String> bash = new ArrayList<>(List.of("bash"));
        bash.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(bash).redirectErrorStream(true);
        builder.environment().keySet().removeIf(key -> key.startsWith("TRITURATE_BACKUP_"));
        builder.environment().put("TRITURATE_BACKUP_DEFAULTS_FILE", clientOptions.toString());
        builder.environment().putAll(env);
        Path log = work.resolve(Path.of(command[0]).getFileName() + ".log");
        Process process = builder.redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), command[0] + " ended within 60 s");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        output.lines().forEach(line -> System.out.println("BackupRestoreIT: | " + line));
        assertEquals(0, process.exitValue(), command[0] + " succeeded");
        Map<String, String> fields = new HashMap<>();
        Matcher pair = Pattern.compile("(\\w+)=(\\S+)").matcher(output);
        while (pair.find()) {
            fields.put(pair.group(1), pair.group(2));
        }
        return fields;
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(server + database, user, password);
    }

    private void dropDatabases() throws SQLException {
        try (Connection connection = connect("");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + SOURCE);
            statement.execute("DROP DATABASE IF EXISTS " + RESTORED);
        }
    }

    private Map<Long, Restored> restoredOrders() throws SQLException {
        Map<Long, Restored> orders = new TreeMap<>();
        try (Connection connection = connect(RESTORED);
                Statement statement = connection.createStatement()) {
            Map<Long, List<String>> trails = new HashMap<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT entity_id, action, JSON_VALUE(details, '$.toStatus') FROM audit_event"
                            + " WHERE entity_type = 'ORDER' ORDER BY id")) {
                while (rows.next()) {
                    trails.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
                            .add(rows.getString(2) + ">" + rows.getString(3));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT o.id, o.number, o.status,"
                    + " (SELECT COUNT(*) FROM order_active a WHERE a.order_id = o.id),"
                    + " (SELECT COUNT(*) FROM order_check c WHERE c.order_id = o.id) FROM compounding_order o")) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    orders.put(
                            id,
                            new Restored(
                                    rows.getString(2),
                                    rows.getString(3),
                                    rows.getInt(4),
                                    rows.getInt(5),
                                    trails.getOrDefault(id, List.of())));
                }
            }
        }
        return orders;
    }

    /** Actives, checks and audit entries of orders the restore does not hold. */
    private long orphans() throws SQLException {
        try (Connection connection = connect(RESTORED);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT"
                        + " (SELECT COUNT(*) FROM order_active a LEFT JOIN compounding_order o ON o.id = a.order_id"
                        + "   WHERE o.id IS NULL)"
                        + " + (SELECT COUNT(*) FROM order_check c LEFT JOIN compounding_order o ON o.id = c.order_id"
                        + "   WHERE o.id IS NULL)"
                        + " + (SELECT COUNT(*) FROM audit_event e LEFT JOIN compounding_order o ON o.id = e.entity_id"
                        + "   WHERE e.entity_type = 'ORDER' AND o.id IS NULL)")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** JSON over HTTP/1.1 to one service. */
    private final class ServiceClient {

        private final String base;

        ServiceClient(String base) {
            this.base = base;
        }

        String token(String username) throws IOException, InterruptedException {
            String secret = "admin".equals(username) ? ADMIN_PASSWORD : ServiceApi.PASSWORD;
            return json(
                            post(
                                    "/api/v1/auth/token",
                                    null,
                                    Map.of("username", username, "password", secret),
                                    Map.of()),
                            200)
                    .path("accessToken")
                    .asText();
        }

        HttpResponse<String> post(String path, String token, Object body, Map<String, String> headers)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = request(path, token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            headers.forEach(request::header);
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
            return http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        JsonNode json(HttpResponse<String> response, int expected) throws IOException {
            assertEquals(expected, response.statusCode(), response.request().uri() + ": " + response.body());
            return JSON.readTree(response.body());
        }

        private HttpRequest.Builder request(String path, String token) {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return request;
        }
    }

    /**
     * The load: submitters send orders, each with a key of its own; one pharmacist takes the acknowledged orders in
     * turn and requests changes then cancels one, rejects the next, and leaves the third as submitted.
     */
    private final class Clients {

        private final ServiceClient api;
        private final Queue<Ack> acks = new ConcurrentLinkedQueue<>();
        private final Queue<Step> steps = new ConcurrentLinkedQueue<>();
        private final Queue<long[]> requests = new ConcurrentLinkedQueue<>();
        private final LinkedBlockingQueue<Ack> toReview = new LinkedBlockingQueue<>();
        private final List<Thread> threads = new ArrayList<>();
        private volatile boolean running = true;
        private String prescriber;
        private String pharmacist;
        private long patientId;

        private final String base;

        Clients(String base) {
            this.base = base;
            this.api = new ServiceClient(base);
        }

        void start() throws IOException, InterruptedException {
            ServiceApi.Seed seed = new ServiceApi(base, Duration.ofSeconds(20)).seed(ADMIN_PASSWORD);
            prescriber = seed.prescriberToken();
            pharmacist = seed.pharmacistToken();
            patientId = seed.patientId();
            for (int i = 0; i < SUBMITTERS; i++) {
                threads.add(new Thread(this::submitLoop, "backup-submitter-" + i));
            }
            threads.add(new Thread(this::workflowLoop, "backup-pharmacist"));
            threads.forEach(Thread::start);
        }

        void stop() throws InterruptedException {
            running = false;
            for (Thread thread : threads) {
                thread.join(TimeUnit.SECONDS.toMillis(30));
            }
        }

        private void submitLoop() {
            while (running) {
                long started = System.nanoTime();
                HttpResponse<String> response = call(() -> api.post(
                        "/api/v1/orders",
                        prescriber,
                        Orders.sertralineCapsules(patientId),
                        Map.of("Idempotency-Key", UUID.randomUUID().toString())));
                long ended = System.nanoTime();
                if (response != null && response.statusCode() == 201) {
                    JsonNode order = tree(response.body());
                    Ack ack = new Ack(
                            order.path("id").asLong(),
                            order.path("number").asText(),
                            order.path("actives").size(),
                            order.path("checks").size(),
                            response.headers().firstValue("ETag").orElseThrow(),
                            started,
                            ended);
                    acks.add(ack);
                    toReview.add(ack);
                }
            }
        }

        private void workflowLoop() {
            int turn = 0;
            while (running) {
                Ack ack;
                try {
                    ack = toReview.poll(100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (ack == null) {
                    continue;
                }
                switch (turn++ % 3) {
                    case 0 -> {
                        String etag = review(ack.id(), ack.etag(), "REQUEST_CHANGES", "CHANGES_REQUESTED");
                        if (etag != null) {
                            step(ack.id(), "CANCELLED", "/cancel", Map.of("reason", "Backup test"), etag);
                        }
                    }
                    case 1 -> review(ack.id(), ack.etag(), "REJECT", "REJECTED");
                    default -> {
                        // left SUBMITTED
                    }
                }
            }
        }

        private String review(long id, String etag, String decision, String toStatus) {
            return step(id, toStatus, "/review", Map.of("decision", decision, "reason", "Backup test"), etag);
        }

        /** Sends one step and returns the order's new ETag, or null when it was not applied. */
        private String step(long id, String toStatus, String action, Map<String, Object> body, String etag) {
            long started = System.nanoTime();
            HttpResponse<String> response =
                    call(() -> api.post("/api/v1/orders/" + id + action, pharmacist, body, Map.of("If-Match", etag)));
            steps.add(
                    new Step(id, toStatus, response == null ? -1 : response.statusCode(), started, System.nanoTime()));
            return response != null && response.statusCode() == 200
                    ? response.headers().firstValue("ETag").orElse(null)
                    : null;
        }

        private interface Call {
            HttpResponse<String> send() throws IOException, InterruptedException;
        }

        /** The answer, or null when none came; every request's start, end and status are kept. */
        private HttpResponse<String> call(Call call) {
            long started = System.nanoTime();
            HttpResponse<String> response = null;
            try {
                response = call.send();
            } catch (IOException e) {
                // counted below as status -1
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            requests.add(new long[] {started, System.nanoTime(), response == null ? -1 : response.statusCode()});
            return response;
        }

        long overlapping(long from, long to) {
            return requests.stream().filter(r -> r[0] <= to && r[1] >= from).count();
        }

        double slowest(long from, long to) {
            return requests.stream()
                    .filter(r -> r[0] <= to && r[1] >= from)
                    .mapToDouble(r -> (r[1] - r[0]) / 1e9)
                    .max()
                    .orElse(0);
        }

        long failures() {
            return requests.stream().filter(r -> r[2] >= 500 || r[2] < 0).count();
        }

        private JsonNode tree(String body) {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException(body, e);
            }
        }
    }
}
