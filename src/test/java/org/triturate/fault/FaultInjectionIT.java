package org.triturate.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.triturate.fault.Load.Ack;
import org.triturate.fault.Load.Outcome;
import org.triturate.launch.EmbeddedMariaDb;
import org.triturate.testing.FreePorts;
import org.triturate.testing.MariaDbServer;
import org.triturate.testing.Orders;
import org.triturate.testing.ServiceProcess;

/**
 * The fault-injection suite of issue 15 (docs/fault-injection.md): the packaged service on a MariaDB server of the
 * suite's own, both on free ports, and five scenarios, each a series of named checks: (c) concurrency on one
 * Idempotency-Key and one If-Match, (d) a fuzz pass of malformed requests, (a) kill -9 of the service under load,
 * (b) the database frozen (SIGSTOP) and then killed under load, (e) SIGTERM under load. A scenario that breaks off
 * counts as a failed check and the next one still runs on a restored service. It prints every check and the
 * figures with the prefix {@code FaultInjection:}, ends with "N passed, M failed" and fails when M > 0.
 */
class FaultInjectionIT {

    private static final Path APP = Path.of(System.getProperty("triturate.app.dir", "target/quarkus-app"));
    private static final Path WORK = Path.of("target/fault-work");
    private static final Path OPENAPI = Path.of("docs/openapi.yaml");
    private static final String ADMIN_PASSWORD = "fault injection admin password";

    // The service's database and shutdown timeouts, set explicitly so that the suite says what it holds the
    // service to: a request waits at most this long for a connection, for a connection to open, for an answer.
    private static final int CONNECT_TIMEOUT_SECONDS = 2;
    private static final int SOCKET_TIMEOUT_SECONDS = 3;
    private static final int STATEMENT_TIMEOUT_SECONDS = 2;
    private static final int ACQUISITION_TIMEOUT_SECONDS = 2;
    private static final int SHUTDOWN_TIMEOUT_SECONDS = 10;
    // A request on an unreachable database fails within the slower of "no connection" (acquisition, which
    // includes opening one) and "no answer" (socket timeout), plus the time to write the problem.
    private static final double REQUEST_BOUND_SECONDS =
            Math.max(ACQUISITION_TIMEOUT_SECONDS + CONNECT_TIMEOUT_SECONDS, SOCKET_TIMEOUT_SECONDS) + 1;
    private static final double TRANSITION_SECONDS = 5;

    private final Checks checks = new Checks();
    private MariaDbServer db;
    private ServiceProcess service;
    private ServiceApi api;
    private ServiceApi.Seed seed;
    private Map<String, Object> order;

    private interface Scenario {
        void run() throws Exception;
    }

    @Test
    void faultInjection() throws Exception {
        long started = System.nanoTime();
        Path work = WORK.resolve("run-" + System.currentTimeMillis()).toAbsolutePath();
        // A test JVM that is itself ended (Ctrl-C, a CI time limit) must not leave mariadbd or the service behind.
        Thread reaper = new Thread(this::forceStop, "fault-injection-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
        try {
            setUp(work);
            scenario("(c) concurrency", this::concurrency);
            scenario("(d) fuzz", this::fuzz);
            scenario("(a) kill -9 of the service", this::killTheService);
            scenario("(b) database frozen, then killed", this::databaseOutage);
            scenario("(e) SIGTERM under load", this::gracefulShutdown);
        } catch (Exception | AssertionError e) {
            checks.check("set-up", false, e.toString());
        } finally {
            if (service != null) {
                service.stop();
            }
            if (db != null) {
                db.close();
            }
            Runtime.getRuntime().removeShutdownHook(reaper);
        }
        checks.figure("suite duration s", String.format("%.1f", (System.nanoTime() - started) / 1e9));
        System.out.println(checks.summary());
        if (checks.failed() == 0) {
            deleteRecursively(work); // ~300 MB of MariaDB binaries and data; a failed run keeps them and its logs
        } else {
            System.out.println(Checks.PREFIX + "logs of the service and of mariadbd in " + work);
        }
        assertEquals(0, checks.failed(), "fault-injection checks failed; see the FaultInjection: lines");
    }

    private void forceStop() {
        try {
            if (service != null && service.isAlive()) {
                service.kill();
            }
            if (db != null && db.isAlive()) {
                db.kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private void setUp(Path work) throws Exception {
        Files.createDirectories(work);
        long dbStart = System.nanoTime();
        db = MariaDbServer.install(work.resolve("mariadb"), FreePorts.next());
        checks.figure("database installed and started in s", seconds(dbStart));
        Map<String, String> env = new HashMap<>();
        env.put("TRITURATE_DATA_DIR", work.resolve("service-data").toString());
        env.put("TRITURATE_DB_URL", db.jdbcUrl());
        env.put("TRITURATE_DB_USER", EmbeddedMariaDb.RUNTIME_USER);
        env.put("TRITURATE_DB_PASSWORD", db.password(EmbeddedMariaDb.RUNTIME_USER));
        env.put("TRITURATE_DB_MIGRATION_USER", EmbeddedMariaDb.MIGRATION_USER);
        env.put("TRITURATE_DB_MIGRATION_PASSWORD", db.password(EmbeddedMariaDb.MIGRATION_USER));
        env.put("TRITURATE_DB_USER_HOST", EmbeddedMariaDb.ACCOUNT_HOST);
        env.put("TRITURATE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("TRITURATE_DB_CONNECT_TIMEOUT_MS", String.valueOf(CONNECT_TIMEOUT_SECONDS * 1000));
        env.put("TRITURATE_DB_SOCKET_TIMEOUT_MS", String.valueOf(SOCKET_TIMEOUT_SECONDS * 1000));
        env.put("TRITURATE_DB_STATEMENT_TIMEOUT_SECONDS", String.valueOf(STATEMENT_TIMEOUT_SECONDS));
        env.put("TRITURATE_DB_ACQUISITION_TIMEOUT", ACQUISITION_TIMEOUT_SECONDS + "s");
        env.put("TRITURATE_SHUTDOWN_TIMEOUT", SHUTDOWN_TIMEOUT_SECONDS + "s");
        // The fuzz pass sends thousands of requests to the login endpoint; the per-address limit is not under test.
        env.put("TRITURATE_LOGIN_RATE_PER_IP", "1000000");
        env.put("TRITURATE_LOGIN_RATE_PER_ACCOUNT", "1000000");
        service = new ServiceProcess(APP, work, env, FreePorts.next(), Duration.ofSeconds(120));
        checks.figure("service started (migrations included) in ms", service.start());
        api = new ServiceApi(service.base(), Duration.ofMillis(Load.CLIENT_TIMEOUT_MILLIS));
        seed = api.seed(ADMIN_PASSWORD);
        order = Orders.sertralineCapsules(seed.patientId());
        checks.figure(
                "configured bounds",
                String.format(
                        "connect %d s, socket %d s, acquisition %d s, shutdown %d s -> request bound %.0f s",
                        CONNECT_TIMEOUT_SECONDS,
                        SOCKET_TIMEOUT_SECONDS,
                        ACQUISITION_TIMEOUT_SECONDS,
                        SHUTDOWN_TIMEOUT_SECONDS,
                        REQUEST_BOUND_SECONDS));
    }

    /** Runs a scenario; one that breaks off is a failed check, and the database and the service are brought back. */
    private void scenario(String name, Scenario scenario) throws Exception {
        System.out.println(Checks.PREFIX + "== " + name);
        long started = System.nanoTime();
        try {
            scenario.run();
        } catch (Exception | AssertionError e) {
            checks.check(name + " ran to its end", false, e.toString());
        }
        if (!db.isAlive()) {
            db.start();
        } else {
            db.thaw();
        }
        if (!service.isAlive()) {
            service.start();
        }
        checks.figure(name + " took s", seconds(started));
    }

    // (c) ------------------------------------------------------------------------------------------------------

    private void concurrency() throws Exception {
        // The burst is the service's first work after its start; one submission first, for another patient, so that
        // what is measured is the race for the key, not the first use of the catalog and the connection pool.
        api.post(
                "/api/v1/orders",
                seed.prescriberToken(),
                Orders.sertralineCapsules(api.newPatient(seed.prescriberToken())),
                Map.of());
        long patient = api.newPatient(seed.prescriberToken());
        Map<String, Object> body = Orders.sertralineCapsules(patient);
        String key = "fault-one-key-" + UUID.randomUUID();
        List<Outcome> submissions = concurrently(
                100, () -> api.post("/api/v1/orders", seed.prescriberToken(), body, Map.of("Idempotency-Key", key)));
        long created = submissions.stream().filter(o -> o.status() == 201).count();
        List<Long> ids = submissions.stream()
                .filter(o -> o.status() == 201 || o.status() == 200)
                .map(o -> ServiceApi.tree(o.body()).path("id").asLong())
                .distinct()
                .toList();
        long orders = api.orderCount(seed.pharmacistToken(), patient);
        checks.check(
                "100 concurrent submissions with one Idempotency-Key make one order (one 201, 99 x 200, same id)",
                created == 1 && ids.size() == 1 && count(submissions, o -> o.status() == 200) == 99 && orders == 1,
                "answers " + histogram(submissions) + ", distinct ids " + ids.size() + ", orders of the patient "
                        + orders);

        long id = ids.isEmpty() ? -1 : ids.get(0);
        HttpResponse<String> current = api.get("/api/v1/orders/" + id, seed.pharmacistToken());
        String etag = current.headers().firstValue("ETag").orElseThrow();
        Map<String, Object> review = Map.of("decision", "REJECT", "reason", "Fault injection: concurrent reviews");
        List<Outcome> reviews = concurrently(
                100,
                () -> api.post(
                        "/api/v1/orders/" + id + "/review", seed.pharmacistToken(), review, Map.of("If-Match", etag)));
        // Every review bumps the version, and If-Match is checked before the status (docs/api-guide.md, "Order
        // of checks"): a loser that reads the order after the winner's commit gets 412 as well as one that raced
        // it to the commit. 409 (INVALID_TRANSITION) would mean a stale version passed the If-Match check.
        long ok = count(reviews, o -> o.status() == 200);
        long conflicts = count(reviews, o -> o.status() == 412 && "VERSION_CONFLICT".equals(o.code()));
        checks.check(
                "100 concurrent reviews with one If-Match: one 200, 99 x 412 VERSION_CONFLICT",
                ok == 1 && conflicts == 99,
                "answers " + histogram(reviews));
        JsonNode history = ServiceApi.tree(api.get("/api/v1/orders/" + id + "/history", seed.pharmacistToken())
                .body());
        long rejections = 0;
        for (JsonNode entry : history.path("items")) {
            if ("REJECTED".equals(entry.path("toStatus").asText())) {
                rejections++;
            }
        }
        JsonNode after = ServiceApi.tree(
                api.get("/api/v1/orders/" + id, seed.pharmacistToken()).body());
        checks.check(
                "the order was reviewed exactly once",
                rejections == 1 && "REJECTED".equals(after.path("status").asText()),
                "status " + after.path("status").asText() + ", REJECTED entries in the history " + rejections);
        checks.figure("(c) submissions", histogram(submissions));
        checks.figure("(c) reviews", histogram(reviews));
    }

    private List<Outcome> concurrently(int clients, Load.Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return Load.outcome("concurrent", null, call);
                }));
            }
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    // (d) ------------------------------------------------------------------------------------------------------

    private void fuzz() throws Exception {
        String admin = api.token("admin", ADMIN_PASSWORD);
        // An order of its own: garbage sent to its actions must not touch the orders other scenarios use.
        HttpResponse<String> target = api.post(
                "/api/v1/orders", seed.prescriberToken(), order, Map.of("Idempotency-Key", "fault-fuzz-target"));
        Fuzz.Context context = new Fuzz.Context(
                service.port(),
                admin,
                seed.pharmacistToken(),
                seed.prescriberToken(),
                ServiceApi.tree(target.body()).path("id").asLong(),
                seed.patientId(),
                OPENAPI);
        List<Fuzz.Case> cases = new Fuzz(15, context, order).cases();
        RawExchange.Response[] answers = new RawExchange.Response[cases.size()];
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                int index = i;
                sent.add(pool.submit(() -> answers[index] =
                        RawExchange.send(service.port(), cases.get(index).request(), 10_000)));
            }
            for (Future<?> future : sent) {
                future.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        Map<String, Map<Integer, Integer>> perCategory = new TreeMap<>();
        Map<Integer, Integer> perStatus = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        List<String> notProblems = new ArrayList<>();
        List<String> serverRefusals = new ArrayList<>();
        Map<String, List<String>> unexpected = new TreeMap<>();
        for (int i = 0; i < cases.size(); i++) {
            Fuzz.Case sent = cases.get(i);
            RawExchange.Response answer = answers[i];
            String what = sent.category() + " / " + sent.label() + " -> ";
            perStatus.merge(answer.status(), 1, Integer::sum);
            perCategory.computeIfAbsent(sent.category(), c -> new TreeMap<>()).merge(answer.status(), 1, Integer::sum);
            if (answer.status() < 0) {
                unanswered.add(what + answer.failure());
            } else if (answer.status() >= 500) {
                serverErrors.add(what + answer.status());
            }
            if (sent.serverRefusal() && answer.status() == 400 && answer.text().isEmpty()) {
                serverRefusals.add(what + "400");
            } else if (answer.status() >= 400 && !isProblem(answer)) {
                notProblems.add(what + answer.status() + " " + answer.header("Content-Type") + ", body of "
                        + answer.text().length() + " characters");
            }
            if (sent.expected() != 0 && answer.status() != sent.expected()) {
                unexpected
                        .computeIfAbsent(sent.category(), c -> new ArrayList<>())
                        .add(sent.label() + " -> " + answer.status() + " (expected " + sent.expected() + ")");
            }
        }
        checks.figure("(d) fuzz requests", cases.size());
        checks.figure("(d) fuzz answers per status (-1 = none)", perStatus);
        perCategory.forEach((category, statuses) -> checks.figure("(d) " + category, statuses));
        checks.check("at least 5,000 malformed requests sent", cases.size() >= 5000, cases.size() + " sent");
        checks.check("fuzz: no 5xx", serverErrors.isEmpty(), serverErrors.size() + " " + examples(serverErrors));
        checks.check(
                "fuzz: every request answered (no connection closed or timed out without an answer)",
                unanswered.isEmpty(),
                unanswered.size() + " " + examples(unanswered));
        checks.check(
                "fuzz: every 4xx/5xx is application/problem+json with violations[0].code (on /fhir/r4 an "
                        + "OperationOutcome with the code in issue[0].details)",
                notProblems.isEmpty(),
                notProblems.size() + " " + examples(notProblems));
        checks.figure(
                "(d) refused by the HTTP server before the application, empty 400 (known limit)",
                serverRefusals.size());
        for (String category : perCategory.keySet()) {
            boolean hasExpectation = cases.stream().anyMatch(c -> c.category().equals(category) && c.expected() != 0);
            if (hasExpectation) {
                List<String> misses = unexpected.getOrDefault(category, List.of());
                checks.check(
                        "fuzz: " + category + " get the status the contract names",
                        misses.isEmpty(),
                        misses.size() + " " + examples(misses));
            }
        }
        HttpResponse<String> valid = api.post(
                "/api/v1/orders", seed.prescriberToken(), order, Map.of("Idempotency-Key", "fault-after-fuzz"));
        int ready = service.readiness();
        checks.check(
                "service healthy after the fuzz pass (readiness 200, a valid submission 201)",
                ready == 200 && valid.statusCode() == 201,
                "readiness " + ready + ", submission " + valid.statusCode());
    }

    /** A problem document with its code, or (the FHIR endpoints' error) an OperationOutcome with it. */
    private static boolean isProblem(RawExchange.Response answer) {
        String type = answer.header("Content-Type");
        if (type == null) {
            return false;
        }
        if (type.startsWith("application/fhir+json")) {
            JsonNode outcome = ServiceApi.tree(answer.text());
            return outcome.path("resourceType").asText().equals("OperationOutcome")
                    && outcome.path("issue")
                            .path(0)
                            .path("details")
                            .path("coding")
                            .path(0)
                            .path("code")
                            .isTextual();
        }
        return type.startsWith("application/problem+json")
                && ServiceApi.tree(answer.text())
                        .path("violations")
                        .path(0)
                        .path("code")
                        .isTextual();
    }

    // (a) ------------------------------------------------------------------------------------------------------

    private void killTheService() throws Exception {
        Load load = new Load(api, seed.prescriberToken(), order, 0).start(16, 0);
        Thread.sleep(3000);
        long killedAt = System.nanoTime();
        service.kill();
        load.stop();
        checks.figure("(a) restart after kill -9 in ms", service.start());
        List<Outcome> outcomes = load.outcomes();
        List<Outcome> beforeKill =
                outcomes.stream().filter(o -> o.endNanos() < killedAt).toList();
        checks.figure("(a) answers before the kill", histogram(beforeKill));
        checks.check(
                "submissions answered before the kill were accepted",
                beforeKill.stream().allMatch(o -> o.status() == 201),
                histogram(beforeKill).toString());
        verifyAcknowledged("(a)", load.acks(), "kill -9 of the service");
        List<Outcome> unacknowledged = outcomes.stream()
                .filter(o -> o.status() < 0 && o.startNanos() < killedAt)
                .toList();
        retry("(a) unacknowledged submissions in flight at the kill", unacknowledged, Set.of(200, 201));
    }

    // (b) ------------------------------------------------------------------------------------------------------

    private void databaseOutage() throws Exception {
        Load load = new Load(api, seed.prescriberToken(), order, 0).start(8, 4);
        List<Outcome> outcomes;
        List<Ack> acks;
        long frozenAt;
        long thawedAt;
        long killedAt;
        long acceptingAt;
        double firstSubmissionAfterRestart;
        try (ReadinessProbe probe = new ReadinessProbe(service.base())) {
            try {
                Thread.sleep(2000);
                frozenAt = System.nanoTime();
                db.freeze();
                Thread.sleep(10_000);
                db.thaw();
                thawedAt = System.nanoTime();
                Thread.sleep(6000);
                killedAt = System.nanoTime();
                db.kill();
                Thread.sleep(6000);
                db.start();
                acceptingAt = System.nanoTime();
                long deadline = acceptingAt + TimeUnit.SECONDS.toNanos(15);
                while (probe.secondsUntil(200, acceptingAt) < 0 && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                Thread.sleep(2000);
            } finally {
                load.stop();
            }
            outcomes = load.outcomes();
            acks = load.acks();
            firstSubmissionAfterRestart = outcomes.stream()
                    .filter(o -> o.startNanos() >= acceptingAt && o.kind().equals("submit") && o.status() == 201)
                    .mapToDouble(o -> (o.endNanos() - acceptingAt) / 1e9)
                    .min()
                    .orElse(-1);
            double down = probe.secondsUntil(503, frozenAt);
            double up = probe.secondsUntil(200, thawedAt);
            double downAfterKill = probe.secondsUntil(503, killedAt);
            double upAfterRestart = probe.secondsUntil(200, acceptingAt);
            checks.figure("(b) readiness DOWN after SIGSTOP in s", fmt(down));
            checks.figure("(b) readiness UP after SIGCONT in s", fmt(up));
            checks.figure("(b) readiness DOWN after kill -9 of the database in s", fmt(downAfterKill));
            checks.figure(
                    "(b) readiness UP after the restarted database accepted connections in s", fmt(upAfterRestart));
            checks.figure(
                    "(b) recovery: first submission 201 after the restart in s", fmt(firstSubmissionAfterRestart));
            checks.check("readiness DOWN within 5 s of SIGSTOP", within(down), fmt(down) + " s");
            checks.check("readiness UP within 5 s of SIGCONT", within(up), fmt(up) + " s");
            checks.check(
                    "readiness DOWN within 5 s of kill -9 of the database",
                    within(downAfterKill),
                    fmt(downAfterKill) + " s");
            checks.check(
                    "readiness UP within 5 s of the restarted database accepting connections",
                    within(upAfterRestart),
                    fmt(upAfterRestart) + " s");
        }
        outageChecks(
                "freeze",
                outcomes.stream().filter(o -> o.overlaps(frozenAt, thawedAt)).toList());
        outageChecks(
                "kill",
                outcomes.stream().filter(o -> o.overlaps(killedAt, acceptingAt)).toList());
        checks.figure("(b) all answers", histogram(outcomes));
        verifyAcknowledged("(b)", acks, "the database outage");
        retry(
                "(b) COMMIT_OUTCOME_UNKNOWN submissions",
                outcomes.stream()
                        .filter(o -> "COMMIT_OUTCOME_UNKNOWN".equals(o.code())
                                && o.kind().equals("submit"))
                        .toList(),
                Set.of(200, 201));
        retry(
                "(b) SERVICE_UNAVAILABLE submissions (nothing changed: the retry creates the order)",
                outcomes.stream()
                        .filter(o -> "SERVICE_UNAVAILABLE".equals(o.code())
                                && o.kind().equals("submit"))
                        .toList(),
                Set.of(201));
        List<Outcome> failedOtherwise = outcomes.stream()
                .filter(o -> o.kind().equals("submit")
                        && o.key() != null
                        && o.status() >= 500
                        && o.code() != null
                        && !o.code().equals("COMMIT_OUTCOME_UNKNOWN")
                        && !o.code().equals("SERVICE_UNAVAILABLE"))
                .toList();
        if (!failedOtherwise.isEmpty()) {
            retry("(b) other 5xx submissions", failedOtherwise, Set.of(200, 201));
        }
    }

    private void outageChecks(String phase, List<Outcome> during) {
        double max = during.stream().mapToDouble(Outcome::seconds).max().orElse(0);
        List<String> wrong = during.stream()
                .filter(o -> !o.acceptableDuringOutage())
                .map(Outcome::describe)
                .toList();
        checks.figure("(b) " + phase + ": requests under way", during.size());
        checks.figure("(b) " + phase + ": answers", histogram(during));
        checks.figure("(b) " + phase + ": max latency s", fmt(max));
        checks.check(
                "database " + phase + ": every answer is 2xx or a 503 problem with Retry-After (no 500, no connection"
                        + " error, no timeout)",
                wrong.isEmpty(),
                wrong.size() + " of " + during.size() + " " + tally(wrong));
        checks.check(
                "database " + phase + ": no request longer than the bound (" + fmt(REQUEST_BOUND_SECONDS) + " s + 2 s)",
                max <= REQUEST_BOUND_SECONDS + 2,
                "max " + fmt(max) + " s");
    }

    // (e) ------------------------------------------------------------------------------------------------------

    private void gracefulShutdown() throws Exception {
        Load load = new Load(api, seed.prescriberToken(), order, service.port()).start(16, 0);
        Thread.sleep(2000);
        long terminatedAt = System.nanoTime();
        long exitMillis = service.terminate(SHUTDOWN_TIMEOUT_SECONDS + 20);
        load.stop();
        List<Outcome> outcomes = load.outcomes();
        List<Outcome> inFlight = outcomes.stream()
                .filter(o -> o.startNanos() < terminatedAt && o.endNanos() > terminatedAt)
                .toList();
        List<String> wrong = outcomes.stream()
                .filter(o -> o.status() > 0 && !(o.status() / 100 == 2 || o.status() == 503))
                .map(Outcome::describe)
                .toList();
        // Quarkus itself answers 503 to requests that arrive while it shuts down: those must be problems too.
        List<String> bare503 = outcomes.stream()
                .filter(o -> o.status() == 503 && !o.acceptableDuringOutage())
                .map(o -> "503 " + o.contentType() + (o.retryAfter() == null ? " without Retry-After" : ""))
                .toList();
        checks.figure("(e) exit after SIGTERM in ms", exitMillis);
        checks.figure("(e) answers", histogram(outcomes));
        checks.figure("(e) requests under way at SIGTERM", inFlight.size() + " " + histogram(inFlight));
        checks.check(
                "SIGTERM: the service exits within the shutdown timeout + 5 s",
                exitMillis >= 0 && exitMillis <= (SHUTDOWN_TIMEOUT_SECONDS + 5) * 1000L,
                exitMillis < 0 ? "still running after " + (SHUTDOWN_TIMEOUT_SECONDS + 20) + " s" : exitMillis + " ms");
        checks.check(
                "SIGTERM: every answer is 2xx or 503 (none cut short with a 500)",
                wrong.isEmpty(),
                wrong.size() + " " + tally(wrong));
        checks.check(
                "SIGTERM: every 503 is a problem (SERVICE_UNAVAILABLE) with Retry-After",
                bare503.isEmpty(),
                bare503.size() + " " + tally(bare503));
        checks.check(
                "SIGTERM: every request under way at the signal was answered",
                inFlight.stream().allMatch(o -> o.status() > 0),
                histogram(inFlight).toString());
        checks.figure("(e) restart in ms", service.start());
        verifyAcknowledged("(e)", load.acks(), "SIGTERM");
    }

    // shared ---------------------------------------------------------------------------------------------------

    /**
     * Every acknowledged order is there with what the acknowledgement showed: number, patient, prescriber,
     * actives, the checks, status SUBMITTED.
     */
    private void verifyAcknowledged(String scenario, List<Ack> acks, String fault) throws Exception {
        List<String> problems = new ArrayList<>();
        for (Ack ack : acks) {
            HttpResponse<String> read = api.get("/api/v1/orders/" + ack.id(), seed.prescriberToken());
            if (read.statusCode() != 200) {
                problems.add(ack.id() + ": " + read.statusCode());
                continue;
            }
            JsonNode stored = ServiceApi.tree(read.body());
            for (String field : List.of(
                    "number", "patientId", "prescriberId", "dosageForm", "actives", "quantity", "dose", "checks")) {
                if (!stored.path(field).equals(ack.order().path(field))) {
                    problems.add(ack.id() + ": " + field + " differs");
                }
            }
            if (!"SUBMITTED".equals(stored.path("status").asText())) {
                problems.add(ack.id() + ": status " + stored.path("status").asText());
            }
        }
        checks.figure(scenario + " acknowledged orders", acks.size());
        checks.check(
                "after " + fault + " every acknowledged order is present and complete",
                !acks.isEmpty() && problems.isEmpty(),
                acks.size() + " acknowledged, " + problems.size() + " missing or different " + examples(problems));
    }

    /**
     * Sends each submission again with its own key and counts what the answers say: 200 = it had been recorded,
     * 201 = it had not; {@code allowed} are the statuses the check accepts.
     */
    private void retry(String what, List<Outcome> submissions, Set<Integer> allowed) throws Exception {
        Map<Integer, Integer> answers = new TreeMap<>();
        for (Outcome submission : submissions) {
            int status = api.post(
                            "/api/v1/orders",
                            seed.prescriberToken(),
                            order,
                            Map.of("Idempotency-Key", submission.key()))
                    .statusCode();
            answers.merge(status, 1, Integer::sum);
        }
        checks.figure(what + ": retried with the same key, answers (200 = had been recorded)", answers);
        checks.check(
                what + ": each retry with the same key answers " + allowed,
                allowed.containsAll(answers.keySet()),
                submissions.size() + " retried: " + answers);
    }

    private static long count(List<Outcome> outcomes, Predicate<Outcome> test) {
        return outcomes.stream().filter(test).count();
    }

    private static Map<String, Long> histogram(List<Outcome> outcomes) {
        return outcomes.stream().collect(Collectors.groupingBy(Outcome::describe, TreeMap::new, Collectors.counting()));
    }

    private static Map<String, Long> tally(List<String> items) {
        return items.stream().collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting()));
    }

    private static String examples(List<String> items) {
        return items.isEmpty()
                ? ""
                : "e.g. " + items.stream().distinct().limit(6).toList();
    }

    private static boolean within(double seconds) {
        return seconds >= 0 && seconds <= TRANSITION_SECONDS;
    }

    private static String fmt(double seconds) {
        return seconds < 0 ? "never" : String.format("%.2f", seconds);
    }

    private static String seconds(long startedNanos) {
        return String.format("%.1f", (System.nanoTime() - startedNanos) / 1e9);
    }
}
