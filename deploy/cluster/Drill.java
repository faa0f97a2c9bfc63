// The failover drill of deploy/cluster/failover-test, a single-file program with JDK classes only:
//   java deploy/cluster/Drill.java --base http://127.0.0.1:8410 --admin-password-file F --out DIR \
//        --sockets S1,S2,S3 [--cluster deploy/cluster/cluster --kill-node 1 --kill-instance 1] [--steady-seconds 10]
// Submitters send orders (each with an Idempotency-Key, a failed one sent again with the same key) and workers take
// every acknowledged order through review, compounding, verification and dispensing, all through the balancer.
// Meanwhile the drill kills one database node and one service instance with SIGKILL and restarts both (through the
// cluster script's hooks; without --cluster it only runs the load). Then it checks every node directly, over its
// socket as root. It prints the figures block and exits 1 on any violation.

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

public class Drill {

    static final String PASSWORD = "failover drill password";
    static final int SUBMITTERS = 2;
    static final int WORKERS = 4;
    static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(20);
    // The chain of an order's statuses and the audit action that leads into each.
    static final List<String> CHAIN = List.of("SUBMITTED", "APPROVED", "COMPOUNDED", "VERIFIED", "DISPENSED");
    static final List<String> ACTIONS =
            List.of("ORDER_SUBMITTED", "ORDER_APPROVED", "ORDER_COMPOUNDED", "ORDER_VERIFIED", "ORDER_DISPENSED");

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Drill drill = new Drill(options);
        int violations = drill.run();
        System.exit(violations == 0 ? 0 : 1);
    }

    // ---- set-up ---------------------------------------------------------------------------------------------------

    private final String base;
    private final String adminPassword;
    private final List<String> sockets;
    private final Path out;
    private final String cluster;
    private final String killNode;
    private final String killInstance;
    private final int steadySeconds;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final long t0 = System.nanoTime();

    private String prescriberToken;
    private String pharmacistToken;
    private String technicianToken;
    private long patientId;
    private long formulationId;
    private long apiSupplier;
    private long excipientSupplier;

    Drill(Map<String, String> options) throws IOException {
        base = options.getOrDefault("base", "http://127.0.0.1:8410");
        adminPassword = Files.readString(Path.of(required(options, "admin-password-file"))).strip();
        sockets = List.of(required(options, "sockets").split(","));
        out = Path.of(options.getOrDefault("out", "target/cluster/drill"));
        cluster = options.get("cluster");
        killNode = options.getOrDefault("kill-node", "1");
        killInstance = options.getOrDefault("kill-instance", "1");
        steadySeconds = Integer.parseInt(options.getOrDefault("steady-seconds", "10"));
        Files.createDirectories(out);
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private void seed() throws Exception {
        String suffix = Long.toString(System.currentTimeMillis(), 36);
        String admin = token("admin", adminPassword);
        long prescriberId = id(seedCall("/api/v1/prescribers", admin, prescriber()));
        seedCall("/api/v1/users", admin, Map.of(
                "username", "drill.prescriber." + suffix, "password", PASSWORD,
                "roles", List.of("PRESCRIBER"), "prescriberId", prescriberId));
        seedCall("/api/v1/users", admin, Map.of(
                "username", "drill.pharmacist." + suffix, "password", PASSWORD, "roles", List.of("PHARMACIST")));
        seedCall("/api/v1/users", admin, Map.of(
                "username", "drill.technician." + suffix, "password", PASSWORD, "roles", List.of("TECHNICIAN")));
        apiSupplier = id(seedCall("/api/v1/suppliers", admin,
                Map.of("name", "Drill API supplier " + suffix, "fdaRegistered", true, "status", "APPROVED")));
        excipientSupplier = id(seedCall("/api/v1/suppliers", admin,
                Map.of("name", "Drill excipient supplier " + suffix, "fdaRegistered", false, "status", "APPROVED")));
        prescriberToken = token("drill.prescriber." + suffix, PASSWORD);
        pharmacistToken = token("drill.pharmacist." + suffix, PASSWORD);
        technicianToken = token("drill.technician." + suffix, PASSWORD);
        patientId = id(seedCall("/api/v1/patients", prescriberToken, patient()));
        formulationId = id(seedCall("/api/v1/formulations", pharmacistToken, formulation()));
    }

    /** A seed request, sent again (up to 10 times) while the answer is retryable. */
    private Response seedCall(String path, String token, Object body) throws Exception {
        Response response = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            response = send("seed", "POST", path, token, body, Map.of());
            if (response.status == 201 || response.status == 200) {
                return response;
            }
            if (!response.retryable()) {
                break;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("seed " + path + ": " + response.describe() + " " + response.body);
    }

    private String token(String username, String password) throws Exception {
        Response response = seedCall("/api/v1/auth/token", null, Map.of("username", username, "password", password));
        return (String) ((Map<?, ?>) response.json()).get("accessToken");
    }

    private static long id(Response response) {
        return ((Number) ((Map<?, ?>) response.json()).get("id")).longValue();
    }

    // ---- the run --------------------------------------------------------------------------------------------------

    /** Phase names in order, and the time (ns since t0) each began. */
    private final List<String> phases = new ArrayList<>();
    private final List<Long> phaseStarts = new ArrayList<>();
    private final Queue outcomes = new Queue();
    private final Map<Long, OrderState> orders = new ConcurrentHashMap<>();
    private final BlockingQueue<Long> work = new LinkedBlockingQueue<>();
    private volatile boolean running = true;

    int run() throws Exception {
        seed();
        phase("steady");
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < SUBMITTERS; i++) {
            threads.add(new Thread(this::submitLoop, "submitter-" + i));
        }
        for (int i = 0; i < WORKERS; i++) {
            threads.add(new Thread(this::workLoop, "worker-" + i));
        }
        threads.forEach(Thread::start);
        Thread.sleep(steadySeconds * 1000L);
        if (cluster != null) {
            phase("node" + killNode + " killed");
            hook("kill-node", killNode);
            Thread.sleep(15_000);
            phase("instance" + killInstance + " killed");
            hook("kill-instance", killInstance);
            Thread.sleep(10_000);
            phase("both restarting");
            Thread node = new Thread(() -> hookUnchecked("restart-node", killNode), "restart-node");
            Thread instance =
                    new Thread(() -> hookUnchecked("restart-instance", killInstance), "restart-instance");
            node.start();
            instance.start();
            node.join();
            instance.join();
            phase("after restart");
            Thread.sleep(steadySeconds * 1000L);
        }
        phase("drain");
        running = false;
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(60));
        }
        return report();
    }

    private synchronized void phase(String name) {
        phases.add(name);
        phaseStarts.add(System.nanoTime() - t0);
        System.out.printf("Drill: %6.1f s  phase: %s%n", seconds(System.nanoTime() - t0), name);
    }

    private final Collection<String> failedHooks = new ConcurrentLinkedQueue<>();

    private void hook(String command, String number) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process process = new ProcessBuilder(cluster, command, number).inheritIO().start();
        int rc = process.waitFor();
        System.out.printf("Drill: %s %s: rc %d in %.1f s%n", command, number, rc, seconds(System.nanoTime() - started));
        if (rc != 0) {
            failedHooks.add(command + " " + number + " rc " + rc);
        }
    }

    private void hookUnchecked(String command, String number) {
        try {
            hook(command, number);
        } catch (IOException e) {
            failedHooks.add(command + " " + number + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- the clients ----------------------------------------------------------------------------------------------

    /** What the drill knows of an acknowledged order: its number, acknowledged actions, lot, last known state. */
    static final class OrderState {
        final long id;
        final String number;
        final String key;
        final Set<String> ackedActions = ConcurrentHashMap.newKeySet();
        volatile String lot;
        volatile String status = "SUBMITTED";
        volatile String etag;
        volatile int checks = -1;

        OrderState(long id, String number, String key) {
            this.id = id;
            this.number = number;
            this.key = key;
        }
    }

    /** Numbers and lots as each acknowledgement showed them, to find one handed to two orders. */
    private final Map<String, Set<Long>> ackedNumbers = new ConcurrentHashMap<>();
    private final Map<String, Set<Long>> ackedLots = new ConcurrentHashMap<>();

    private void submitLoop() {
        while (running) {
            String key = "drill-" + UUID.randomUUID();
            for (int attempt = 0; attempt < 3 && running; attempt++) {
                Response response = send("submit", "POST", "/api/v1/orders", prescriberToken, order(), Map.of(
                        "Idempotency-Key", key));
                if (response.status == 201 || response.status == 200) {
                    Map<?, ?> body = (Map<?, ?>) response.json();
                    long id = ((Number) body.get("id")).longValue();
                    String number = (String) body.get("number");
                    ackedNumbers.computeIfAbsent(number, n -> ConcurrentHashMap.newKeySet()).add(id);
                    // A 200 is the replay of a submission whose first answer was lost (e.g. 503 with the outcome
                    // unknown): the order is as new to this client as after a 201.
                    OrderState state = new OrderState(id, number, key);
                    if (orders.putIfAbsent(id, state) == null) {
                        state.ackedActions.add("ORDER_SUBMITTED");
                        remember(state, response, body);
                        work.add(id);
                    }
                    break;
                }
                pause(response.status < 0 ? 200 : 100);
            }
            pause(50);
        }
    }

    private void workLoop() {
        while (running) {
            Long id;
            try {
                id = work.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (id == null) {
                continue;
            }
            OrderState order = orders.get(id);
            if (!advance(order)) {
                pause(100);
            }
            if (!"DISPENSED".equals(order.status)) {
                work.add(id);
            }
            pause(20);
        }
    }

    /** Reads the order (its own write, through either instance), then takes it one step on. */
    private boolean advance(OrderState order) {
        Response read = send("read", "GET", "/api/v1/orders/" + order.id, pharmacistToken, null, Map.of());
        if (read.status != 200) {
            return false;
        }
        Map<?, ?> current = (Map<?, ?>) read.json();
        remember(order, read, current);
        String path = "/api/v1/orders/" + order.id;
        String kind;
        String token = pharmacistToken;
        Object body;
        switch (order.status) {
            case "SUBMITTED" -> {
                kind = "review";
                path += "/review";
                body = Map.of("decision", "APPROVE", "formulationId", formulationId);
            }
            case "APPROVED" -> {
                kind = "compound";
                path += "/compounding-record";
                token = technicianToken;
                body = compoundingRecord();
            }
            case "COMPOUNDED" -> {
                kind = "verify";
                path += "/verification";
                body = Map.of("decision", "RELEASE");
            }
            case "VERIFIED" -> {
                kind = "dispense";
                path += "/dispense";
                body = null;
            }
            default -> {
                return true;
            }
        }
        Response step = send(kind, "POST", path, token, body, Map.of("If-Match", order.etag));
        if (step.status != 200) {
            return false;
        }
        Map<?, ?> after = (Map<?, ?>) step.json();
        remember(order, step, after);
        order.ackedActions.add(ACTIONS.get(CHAIN.indexOf(order.status)));
        if ("compound".equals(kind) && order.lot != null) {
            ackedLots.computeIfAbsent(order.lot, l -> ConcurrentHashMap.newKeySet()).add(order.id);
        }
        return true;
    }

    private static void remember(OrderState order, Response response, Map<?, ?> body) {
        order.status = (String) body.get("status");
        order.etag = response.etag;
        order.checks = body.get("checks") instanceof List<?> checks ? checks.size() : -1;
        if (body.get("compounding") instanceof Map<?, ?> compounding) {
            order.lot = (String) compounding.get("preparationLot");
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- HTTP -----------------------------------------------------------------------------------------------------

    /** One answer, or status -1 with {@code error} when none came (connection refused or cut, timeout). */
    record Response(
            String kind, long startNanos, long endNanos, int status, String body, String etag, String code, String error) {

        Object json() {
            return Json.parse(body);
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The answers a client is told to retry: 409, 412, 503. */
        boolean retryable() {
            return status == 409 || status == 412 || status == 503;
        }

        String describe() {
            if (status < 0) {
                return "no answer (" + error + ")";
            }
            if (status == 503 && code == null) {
                return "503 (balancer, no problem body)";
            }
            return status + (code == null ? "" : " " + code);
        }
    }

    private Response send(String kind, String method, String path, String token, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(CLIENT_TIMEOUT);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        if ("GET".equals(method)) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .POST(body == null
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(Json.write(body)));
        }
        long started = System.nanoTime() - t0;
        Response response;
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String code = null;
            if (answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                code = problemCode(answer.body());
            }
            response = new Response(kind, started, System.nanoTime() - t0, answer.statusCode(), answer.body(),
                    answer.headers().firstValue("ETag").orElse(null), code, null);
        } catch (IOException e) {
            response = new Response(kind, started, System.nanoTime() - t0, -1, "", null, null,
                    e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response = new Response(kind, started, System.nanoTime() - t0, -1, "", null, null, "interrupted");
        }
        if (!"seed".equals(kind)) {
            outcomes.add(response);
        }
        return response;
    }

    private static String problemCode(String body) {
        try {
            Map<?, ?> problem = (Map<?, ?>) Json.parse(body);
            if (problem.get("violations") instanceof List<?> violations
                    && !violations.isEmpty()
                    && violations.get(0) instanceof Map<?, ?> first) {
                return (String) first.get("code");
            }
            return problem.get("title") instanceof String title ? title : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    // ---- the report -----------------------------------------------------------------------------------------------

    private final List<String> violations = new ArrayList<>();

    private void violation(String text) {
        violations.add(text);
        System.out.println("Drill: VIOLATION " + text);
    }

    /**
     * What counts: a 2xx is a success; 409, 412 and 503 are retryable answers the client is told to repeat; anything
     * else is a violation: a 500 or other 5xx (the balancer's 502/504 included: it should have hidden the dead
     * instance), no answer at all, and a 404 or other 4xx (an acknowledged order not readable through the other
     * instance, or a step the service refused although it was valid).
     */
    private static boolean allowed(Response response) {
        return response.ok() || response.retryable();
    }

    private int phaseOf(long nanos) {
        int phase = 0;
        for (int i = 0; i < phaseStarts.size(); i++) {
            if (phaseStarts.get(i) <= nanos) {
                phase = i;
            }
        }
        return phase;
    }

    private int report() throws Exception {
        List<Response> all = outcomes.list();
        writeOutcomes(all);
        List<String> figures = new ArrayList<>();
        // Answers per phase (by the time each ended), by kind and status.
        for (int p = 0; p < phases.size(); p++) {
            int phase = p;
            List<Response> inPhase = all.stream().filter(r -> phaseOf(r.endNanos) == phase).toList();
            figures.add(String.format("phase %-22s %5.1f s  %s", phases.get(p), seconds(phaseDuration(p)),
                    histogram(inPhase)));
            for (Response response : inPhase) {
                if (!allowed(response)) {
                    violation("phase " + phases.get(p) + ": " + response.kind + " " + response.describe() + " at "
                            + String.format("%.1f s", seconds(response.endNanos)));
                }
            }
        }
        figures.add("errors by status: " + histogram(all.stream().filter(r -> !r.ok()).toList()));
        // The longest stall: the largest gap between two successive successful answers while the load ran.
        List<Long> successes = all.stream().filter(Response::ok).map(Response::endNanos).sorted().toList();
        long worstGap = 0;
        long worstAt = 0;
        for (int i = 1; i < successes.size(); i++) {
            long gap = successes.get(i) - successes.get(i - 1);
            if (gap > worstGap) {
                worstGap = gap;
                worstAt = successes.get(i - 1);
            }
        }
        figures.add(String.format("longest stall: %.2f s (from %.1f s, phase %s)", seconds(worstGap),
                seconds(worstAt), phases.get(phaseOf(worstAt))));
        long[] phaseGaps = new long[phases.size()];
        for (int i = 1; i < successes.size(); i++) {
            int p = phaseOf(successes.get(i - 1));
            phaseGaps[p] = Math.max(phaseGaps[p], successes.get(i) - successes.get(i - 1));
        }
        StringBuilder stalls = new StringBuilder("longest stall per phase:");
        for (int p = 0; p < phases.size(); p++) {
            stalls.append(String.format(" %s %.2f s;", phases.get(p), seconds(phaseGaps[p])));
        }
        figures.add(stalls.toString());
        figures.add("requests: " + all.size() + ", successful " + successes.size());
        failedHooks.forEach(hook -> violation("fault hook failed: " + hook));
        checkAcknowledgements(figures);
        for (int n = 0; n < sockets.size(); n++) {
            checkNode(n + 1, sockets.get(n), figures);
        }
        System.out.println("Drill: ---- figures ----");
        figures.forEach(line -> System.out.println("Drill: " + line));
        System.out.println("Drill: violations: " + violations.size());
        return violations.size();
    }

    private long phaseDuration(int p) {
        long end = p + 1 < phaseStarts.size() ? phaseStarts.get(p + 1) : System.nanoTime() - t0;
        return end - phaseStarts.get(p);
    }

    private static String histogram(List<Response> responses) {
        Map<String, Long> counts = new TreeMap<>();
        for (Response response : responses) {
            String status = response.ok() ? "2xx" : response.describe();
            counts.merge(status, 1L, Long::sum);
        }
        return counts.toString();
    }

    private void writeOutcomes(List<Response> all) throws IOException {
        StringBuilder text = new StringBuilder("kind\tstart_s\tend_s\tstatus\tcode\terror\n");
        for (Response r : all) {
            text.append(String.format("%s\t%.3f\t%.3f\t%d\t%s\t%s%n", r.kind, seconds(r.startNanos),
                    seconds(r.endNanos), r.status, r.code, r.error));
        }
        Files.writeString(out.resolve("outcomes.tsv"), text.toString());
        StringBuilder acks = new StringBuilder("id\tnumber\tstatus\tlot\tacked_actions\n");
        for (OrderState order : orders.values()) {
            acks.append(order.id).append('\t').append(order.number).append('\t').append(order.status).append('\t')
                    .append(order.lot).append('\t').append(String.join(",", order.ackedActions)).append('\n');
        }
        Files.writeString(out.resolve("acknowledged.tsv"), acks.toString());
    }

    /** No number or lot acknowledged for two different orders. */
    private void checkAcknowledgements(List<String> figures) {
        ackedNumbers.forEach((number, ids) -> {
            if (ids.size() > 1) {
                violation("order number " + number + " acknowledged for orders " + ids);
            }
        });
        ackedLots.forEach((lot, ids) -> {
            if (ids.size() > 1) {
                violation("lot " + lot + " acknowledged for orders " + ids);
            }
        });
        Map<String, Long> steps = new TreeMap<>();
        orders.values().forEach(o -> o.ackedActions.forEach(a -> steps.merge(a, 1L, Long::sum)));
        figures.add("acknowledged: " + orders.size() + " orders; steps " + steps);
    }

    /** Every acknowledged order exactly once on this node, with its rows and an audit trail that matches. */
    private void checkNode(int node, String socket, List<String> figures) throws Exception {
        String name = "node" + node;
        Map<Long, List<String>> rows = new HashMap<>();
        for (List<String> row : query(socket,
                "SELECT id, number, status, idempotency_key FROM compounding_order")) {
            rows.computeIfAbsent(Long.parseLong(row.get(0)), i -> new ArrayList<>()).add(String.join("|", row));
        }
        Map<Long, List<String>> trail = new HashMap<>();
        for (List<String> row : query(socket,
                "SELECT entity_id, action FROM audit_event WHERE entity_type = 'ORDER' ORDER BY id")) {
            trail.computeIfAbsent(Long.parseLong(row.get(0)), i -> new ArrayList<>()).add(row.get(1));
        }
        Map<Long, Long> checks = counts(socket, "SELECT order_id, COUNT(*) FROM order_check GROUP BY order_id");
        Map<Long, Long> actives = counts(socket, "SELECT order_id, COUNT(*) FROM order_active GROUP BY order_id");
        Map<Long, List<String>> lots = new HashMap<>();
        for (List<String> row : query(socket, "SELECT order_id, preparation_lot FROM compounding_record")) {
            lots.computeIfAbsent(Long.parseLong(row.get(0)), i -> new ArrayList<>()).add(row.get(1));
        }
        for (List<String> row : query(socket, "SELECT 'number', number FROM compounding_order GROUP BY number "
                + "HAVING COUNT(*) > 1 UNION ALL SELECT 'lot', preparation_lot FROM compounding_record "
                + "GROUP BY preparation_lot HAVING COUNT(*) > 1 UNION ALL SELECT 'key', idempotency_key "
                + "FROM compounding_order WHERE idempotency_key IS NOT NULL GROUP BY idempotency_key "
                + "HAVING COUNT(*) > 1")) {
            violation(name + ": duplicate " + row.get(0) + " " + row.get(1));
        }
        int found = 0;
        for (OrderState order : orders.values()) {
            List<String> mine = rows.getOrDefault(order.id, List.of());
            if (mine.size() != 1) {
                violation(name + ": acknowledged order " + order.id + " " + order.number + " found " + mine.size()
                        + " times");
                continue;
            }
            String[] row = mine.get(0).split("\\|", -1);
            if (!row[1].equals(order.number) || !row[3].equals(order.key)) {
                violation(name + ": order " + order.id + " is " + mine.get(0) + ", acknowledged as " + order.number
                        + " with key " + order.key);
                continue;
            }
            found++;
            String status = row[2];
            List<String> actions = trail.getOrDefault(order.id, List.of());
            int reached = CHAIN.indexOf(status);
            if (reached < 0 || !actions.equals(ACTIONS.subList(0, reached + 1))) {
                violation(name + ": order " + order.id + " is " + status + " with audit trail " + actions);
            }
            for (String acked : order.ackedActions) {
                if (!actions.contains(acked)) {
                    violation(name + ": order " + order.id + ": acknowledged " + acked + " missing from " + actions);
                }
            }
            if (actives.getOrDefault(order.id, 0L) != 1) {
                violation(name + ": order " + order.id + " has " + actives.get(order.id) + " actives, not 1");
            }
            long checkRows = checks.getOrDefault(order.id, 0L);
            if (checkRows == 0 || (status.equals(order.status) && order.checks >= 0 && checkRows != order.checks)) {
                violation(name + ": order " + order.id + " has " + checkRows + " check rows, the answer showed "
                        + order.checks);
            }
            List<String> orderLots = lots.getOrDefault(order.id, List.of());
            boolean compounded = reached >= CHAIN.indexOf("COMPOUNDED");
            if (orderLots.size() != (compounded ? 1 : 0)
                    || (order.lot != null && !orderLots.contains(order.lot))) {
                violation(name + ": order " + order.id + " (" + status + ") has lots " + orderLots
                        + ", acknowledged lot " + order.lot);
            }
        }
        figures.add(String.format("%s: acknowledged %d, found exactly once %d; orders on the node %d", name,
                orders.size(), found, rows.size()));
    }

    private static Map<Long, Long> counts(String socket, String sql) throws Exception {
        Map<Long, Long> counts = new HashMap<>();
        for (List<String> row : query(socket, sql)) {
            counts.put(Long.parseLong(row.get(0)), Long.parseLong(row.get(1)));
        }
        return counts;
    }

    /** A query on one node, directly over its socket, after the node has applied every write it has seen. */
    private static List<List<String>> query(String socket, String sql) throws Exception {
        Process process = new ProcessBuilder("mariadb", "-uroot", "-S", socket, "-N", "-B", "triturate", "-e",
                        "SET SESSION wsrep_sync_wait = 1; " + sql)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("query on " + socket + " failed: " + output);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (!line.isEmpty()) {
                rows.add(List.of(line.split("\t", -1)));
            }
        }
        return rows;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** Outcomes as they come from every client thread. */
    static final class Queue {
        private final ConcurrentLinkedQueue<Response> items = new ConcurrentLinkedQueue<>();

        void add(Response response) {
            items.add(response);
        }

        List<Response> list() {
            return List.copyOf(items);
        }
    }

    // ---- request bodies (as the API guide and the test fixtures have them) ------------------------------------------

    private static Map<String, Object> prescriber() {
        long base = 10_000_000L + (System.nanoTime() & 0x3FFFFFL);
        String npi = "1" + String.format("%08d", base % 100_000_000);
        return Map.of(
                "firstName", "Ada", "lastName", "Moreau", "npi", npi + luhn("80840" + npi), "status", "ACTIVE",
                "deaRegistrations", List.of(Map.of("number", dea('M'), "schedules", List.of("3", "4", "5"),
                        "state", "OR", "expiresOn", "2099-06-30")),
                "licenses", List.of(Map.of("state", "OR", "number", "MD-12345", "status", "ACTIVE",
                        "expiresOn", "2099-12-31")));
    }

    private static int luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    private static String dea(char initial) {
        int[] d = new java.util.Random().ints(6, 0, 10).toArray();
        int check = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10;
        StringBuilder number = new StringBuilder("B").append(initial);
        for (int digit : d) {
            number.append(digit);
        }
        return number.append(check).toString();
    }

    private static Map<String, Object> patient() {
        return Map.of("firstName", "Sam", "lastName", "Okafor", "birthDate", "1981-04-02",
                "address", Map.of("line", "12 Elm St", "city", "Salem", "state", "OR", "postalCode", "97301"),
                "allergies", List.of(Map.of("allergenClass", "GLUTEN", "reaction", "celiac disease")));
    }

    private static Map<String, Object> quantity(Number value, String unit) {
        return Map.of("value", value, "unit", unit);
    }

    private Map<String, Object> order() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("patientId", patientId);
        body.put("dosageForm", "CAPSULE");
        body.put("actives", List.of(Map.of("ingredientId", 1, "strength", quantity(37.5, "mg"))));
        body.put("excludedAllergens", List.of("DYE"));
        body.put("quantity", quantity(30, "unit"));
        body.put("dose", Map.of("amount", quantity(1, "unit"), "timesPerDay", 1));
        body.put("directions", "Take 1 capsule by mouth once daily");
        body.put("daysSupply", 30);
        body.put("refills", 2);
        body.put("clinicalRationale", Map.of("categories", List.of("CUSTOM_STRENGTH"),
                "text", "Cannot tolerate the step from 25 mg to 50 mg"));
        body.put("informedConsent", Map.of("obtained", true, "alternativesDiscussed", true,
                "date", LocalDate.now().minusDays(1).toString()));
        body.put("reassessBy", LocalDate.now().plusDays(60).toString());
        return body;
    }

    private static Map<String, Object> formulation() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Sertraline 37.5 mg capsules, dye-free");
        body.put("dosageForm", "CAPSULE");
        body.put("actives", List.of(Map.of("ingredientId", 1, "amountPerUnit", quantity(37.5, "mg"))));
        body.put("excipients", List.of(Map.of("ingredientId", 27, "function", "diluent", "qs", true)));
        body.put("preparationType", "NONAQUEOUS_SOLID");
        body.put("storage", "ROOM_TEMPERATURE");
        body.put("budDays", 180);
        body.put("budSource", "USP_DEFAULT");
        body.put("budReference", null);
        body.put("overagePercent", 3);
        body.put("physicalDescription", "White opaque size 3 capsules");
        body.put("containerClosure", "Amber tight light-resistant vial");
        body.put("steps", List.of("Weigh sertraline HCl and MCC", "Mix geometrically", "Fill size 3 capsules"));
        body.put("qualityControl", List.of("weight variation"));
        body.put("auxiliaryLabels", List.of("Do not stop taking suddenly"));
        return body;
    }

    private Map<String, Object> compoundingRecord() {
        String lot = "D" + Long.toString(System.nanoTime() % 100_000_000L, 36);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("compoundedOn", LocalDate.now().toString());
        body.put("components", List.of(
                Map.of("ingredientId", 1, "supplierId", apiSupplier, "lotNumber", lot,
                        "expiresOn", LocalDate.now().plusYears(1).toString(), "quantityUsed", quantity(1296.6, "mg")),
                Map.of("ingredientId", 27, "supplierId", excipientSupplier, "lotNumber", "M" + lot,
                        "expiresOn", LocalDate.now().plusYears(2).toString(), "quantityUsed", quantity(4.2, "g"))));
        body.put("yield", quantity(30, "unit"));
        body.put("qualityControl", List.of(Map.of("check", "weight variation", "result", "PASS")));
        body.put("deviationNote", null);
        return body;
    }

    // ---- a minimal JSON reader and writer (objects, arrays, strings, numbers, booleans, null) ---------------------

    static final class Json {
        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        static Object parse(String text) {
            Json json = new Json(text);
            Object value = json.value();
            json.space();
            if (json.at != text.length()) {
                throw new IllegalArgumentException("trailing text at " + json.at);
            }
            return value;
        }

        private void space() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private Object value() {
            space();
            char c = text.charAt(at);
            switch (c) {
                case '{' -> {
                    at++;
                    Map<String, Object> object = new LinkedHashMap<>();
                    space();
                    if (text.charAt(at) == '}') {
                        at++;
                        return object;
                    }
                    while (true) {
                        space();
                        String key = string();
                        space();
                        expect(':');
                        object.put(key, value());
                        space();
                        if (text.charAt(at++) == '}') {
                            return object;
                        }
                    }
                }
                case '[' -> {
                    at++;
                    List<Object> array = new ArrayList<>();
                    space();
                    if (text.charAt(at) == ']') {
                        at++;
                        return array;
                    }
                    while (true) {
                        array.add(value());
                        space();
                        if (text.charAt(at++) == ']') {
                            return array;
                        }
                    }
                }
                case '"' -> {
                    return string();
                }
                default -> {
                    int start = at;
                    while (at < text.length() && "{}[],: \n\r\t".indexOf(text.charAt(at)) < 0) {
                        at++;
                    }
                    String word = text.substring(start, at);
                    return switch (word) {
                        case "true" -> Boolean.TRUE;
                        case "false" -> Boolean.FALSE;
                        case "null" -> null;
                        default -> word.matches("-?\\d+") ? (Object) Long.parseLong(word) : Double.parseDouble(word);
                    };
                }
            }
        }

        private void expect(char c) {
            if (text.charAt(at++) != c) {
                throw new IllegalArgumentException("expected " + c + " at " + (at - 1));
            }
        }

        private String string() {
            expect('"');
            StringBuilder s = new StringBuilder();
            while (true) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return s.toString();
                }
                if (c == '\\') {
                    char e = text.charAt(at++);
                    switch (e) {
                        case 'n' -> s.append('\n');
                        case 't' -> s.append('\t');
                        case 'r' -> s.append('\r');
                        case 'b' -> s.append('\b');
                        case 'f' -> s.append('\f');
                        case 'u' -> {
                            s.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> s.append(e);
                    }
                } else {
                    s.append(c);
                }
            }
        }

        static String write(Object value) {
            if (value == null) {
                return "null";
            }
            if (value instanceof String s) {
                StringBuilder out = new StringBuilder("\"");
                for (char c : s.toCharArray()) {
                    if (c == '"' || c == '\\') {
                        out.append('\\').append(c);
                    } else if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
                return out.append('"').toString();
            }
            if (value instanceof Map<?, ?> map) {
                return map.entrySet().stream()
                        .map(e -> write(String.valueOf(e.getKey())) + ":" + write(e.getValue()))
                        .collect(Collectors.joining(",", "{", "}"));
            }
            if (value instanceof Collection<?> list) {
                return list.stream().map(Json::write).collect(Collectors.joining(",", "[", "]"));
            }
            return String.valueOf(Objects.requireNonNull(value));
        }
    }
}
