package org.triturate.bench.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triturate.bench.StatementCounters;
import org.triturate.launch.EmbeddedMariaDb;
import org.triturate.testing.Api;
import org.triturate.testing.FreePorts;
import org.triturate.testing.MariaDbServer;
import org.triturate.testing.ServiceProcess;
import org.triturate.testing.TestDatabase;

/**
 * The service benchmark behind bench/run (docs/performance.md, "Benchmark"): a fresh database on an external MariaDB
 * server, the packaged service on it with production settings, the data set of {@link BenchData}, each endpoint
 * driven by wrk (bench/*.lua) with the server's statement counters and the CPU of the service and of mariadbd read
 * around every run, the JDBC ceiling of the same database, and list and recall again at the full scale. Prints a
 * table and writes target/bench/results.json; exits 1 when a smoke run saw no throughput or any error.
 */
public final class ServiceBenchmark {

    private static final String DATABASE = "triturate_bench";
    private static final Path APP = Path.of("target/quarkus-app");
    private static final Path WORK = Path.of("target/bench");
    private static final Path SCRIPTS = Path.of("bench");

    /** One endpoint measured at one scale. */
    record Measurement(
            String endpoint,
            long orders,
            Wrk.Result wrk,
            Map<String, Double> statementsPerRequest,
            double serviceCpuPercent,
            double databaseCpuPercent,
            long serviceRssMib) {}

    private record Endpoint(String name, String script) {}

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET /q/health/ready", "health.lua"),
            new Endpoint("GET /api/v1/users/me", "users-me.lua"),
            new Endpoint("GET /api/v1/orders/{id}", "get-order.lua"),
            new Endpoint("GET /api/v1/orders?status=SUBMITTED&size=20", "list-orders.lua"),
            new Endpoint("GET /api/v1/recalls", "recall.lua"),
            // last: every request adds an order, which the reads above should not see yet
            new Endpoint("POST /api/v1/orders", "submit-order.lua"));
    private static final List<String> AT_FULL_SCALE = List.of("get-order.lua", "list-orders.lua", "recall.lua");

    private final BenchOptions options;
    private final List<Measurement> measurements = new ArrayList<>();
    private final Map<String, Object> results = new LinkedHashMap<>();
    private String serverUrl;
    private String user;
    private String password;
    private MariaDbServer ownServer;
    private ServiceProcess service;
    private Wrk wrk;
    private Connection server;
    private Connection database;
    private ProcessStats mariadbd;
    private boolean cleanedUp;

    private ServiceBenchmark(BenchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) {
        ServiceBenchmark bench = new ServiceBenchmark(BenchOptions.parse(args));
        Runtime.getRuntime().addShutdownHook(new Thread(bench::cleanUp));
        int status;
        try {
            status = bench.run();
        } catch (Exception | AssertionError failure) {
            failure.printStackTrace();
            status = 2;
        }
        bench.cleanUp();
        System.exit(status);
    }

    private int run() throws Exception {
        server = connectOrStartServer();
        try (Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE);
        }
        if (mariadbd == null) {
            mariadbd = databaseProcess();
        }
        Path dataDir = WORK.resolve("data").toAbsolutePath();
        TestDatabase.deleteRecursively(dataDir);
        int port = FreePorts.next();
        String javaOptions = serviceJavaOptions();
        log("service JVM options: " + javaOptions);
        service = new ServiceProcess(
                APP,
                WORK.resolve("logs"),
                Map.of(
                        "TRITURATE_DB_URL",
                        serverUrl + DATABASE,
                        "TRITURATE_DB_USER",
                        user,
                        "TRITURATE_DB_PASSWORD",
                        password,
                        "TRITURATE_DATA_DIR",
                        dataDir.toString(),
                        "TRITURATE_ADMIN_PASSWORD",
                        Api.ADMIN_PASSWORD,
                        // the fixtures log in as admin for each of them, as the tests do; no login is measured
                        "TRITURATE_LOGIN_RATE_PER_ACCOUNT",
                        "100000",
                        "TRITURATE_LOGIN_RATE_PER_IP",
                        "100000",
                        "JAVA_OPTS",
                        javaOptions),
                port,
                Duration.ofSeconds(180));
        log("starting the packaged service on " + serverUrl + DATABASE);
        long firstStart = service.start();
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = port;

        database = DriverManager.getConnection(serverUrl + DATABASE, user, password);
        BenchData data = new BenchData(database);
        int patients = (int) Math.max(2_000, Math.max(options.orders(), options.fullOrders()) / 50);
        log("making the fixtures through the API and " + patients + " patients");
        data.prepare(patients);
        double seedSeconds = data.growTo(options.orders());
        log(String.format("seeded %,d orders in %.1f s", options.orders(), seedSeconds));

        service.stop();
        long restart = service.start();
        log("restarted in " + restart + " ms: measuring");
        // also the first call of each endpoint, one at a time, before 32 connections ask for it at once
        data.check();
        Path params = WORK.resolve("params.lua").toAbsolutePath();
        data.writeParams(params);
        wrk = new Wrk(
                SCRIPTS.toAbsolutePath(),
                params,
                service.base(),
                options.connections(),
                options.threads(),
                WORK.resolve("wrk"));
        ProcessStats serviceStats = new ProcessStats(service.pid());
        for (Endpoint endpoint : ENDPOINTS) {
            measurements.add(measure(endpoint, data.orders(), serviceStats));
        }
        log("JDBC ceiling: " + options.connections() + " connections, two-insert transactions");
        JdbcCeiling.Result ceiling =
                JdbcCeiling.measure(serverUrl + DATABASE, user, password, options.connections(), options.duration());

        Map<String, Object> seeding = new LinkedHashMap<>();
        seeding.put("patients", patients);
        seeding.put("ordersSlotsPer100", BenchData.SLOTS);
        seeding.put("orders", options.orders());
        seeding.put("seconds", round(seedSeconds));
        String fullScaleFailure = null;
        if (options.fullOrders() > options.orders()) {
            try {
                measureAtFullScale(data, params, seeding, serviceStats);
            } catch (Exception failure) {
                // the first scale's figures are still worth printing
                failure.printStackTrace();
                fullScaleFailure = failure.toString();
                results.put("fullScaleFailure", fullScaleFailure);
            }
        }
        long rssMib = serviceStats.rssKib() / 1024;

        results.put("finishedAt", Instant.now().toString());
        results.put(
                "settings",
                Map.of(
                        "connections", options.connections(),
                        "wrkThreads", options.threads(),
                        "durationSeconds", options.duration().toSeconds(),
                        "warmUpSeconds", options.warmUp().toSeconds(),
                        "cores", Runtime.getRuntime().availableProcessors(),
                        "databaseServer", serverUrl));
        results.put("seeding", seeding);
        results.put("startToReadyMillis", Map.of("emptyDatabaseWithMigration", firstStart, "restart", restart));
        results.put("endpoints", measurements);
        results.put("jdbcCeiling", ceiling);
        results.put("serviceRssMibAtEnd", rssMib);
        Measurement submission = find("submit-order.lua", options.orders());
        double submissionRatio = submission.wrk().perSecond() / ceiling.perSecond();
        results.put("submissionToCeiling", round(submissionRatio));
        Map<String, Double> p95Ratios = new LinkedHashMap<>();
        if (options.fullOrders() > options.orders() && fullScaleFailure == null) {
            for (String script : List.of("list-orders.lua", "recall.lua")) {
                p95Ratios.put(
                        script.replace(".lua", ""),
                        round(find(script, options.fullOrders()).wrk().p95()
                                / find(script, options.orders()).wrk().p95()));
            }
            results.put("p95FullToFirstScale", p95Ratios);
        }
        Files.createDirectories(WORK);
        Path json = WORK.resolve("results.json");
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), results);

        print(firstStart, restart, ceiling, submissionRatio, p95Ratios, rssMib);
        System.out.println("JSON: " + json.toAbsolutePath());
        if (fullScaleFailure != null) {
            System.out.println("FAILED at the full scale: " + fullScaleFailure);
            return 1;
        }
        return verdict(json);
    }

    private void measureAtFullScale(BenchData data, Path params, Map<String, Object> seeding, ProcessStats serviceStats)
            throws Exception {
        log(String.format("seeding up to %,d orders", options.fullOrders()));
        double grow = data.growTo(options.fullOrders());
        log(String.format("seeded up to %,d orders in %.1f s", options.fullOrders(), grow));
        data.check();
        data.writeParams(params);
        seeding.put("fullOrders", options.fullOrders());
        seeding.put("fullSeconds", round(grow));
        for (Endpoint endpoint : ENDPOINTS) {
            if (AT_FULL_SCALE.contains(endpoint.script())) {
                measurements.add(measure(endpoint, data.orders(), serviceStats));
            }
        }
    }

    private Measurement measure(Endpoint endpoint, long orders, ProcessStats serviceStats) throws Exception {
        log(String.format("%s at %,d orders", endpoint.name(), orders));
        wrk.run(endpoint.script(), options.warmUp());
        Map<String, Long> before = StatementCounters.read(server);
        double serviceBefore = serviceStats.cpuSeconds();
        double databaseBefore = mariadbd == null ? -1 : mariadbd.cpuSeconds();
        long started = System.nanoTime();
        Wrk.Result result = wrk.run(endpoint.script(), options.duration());
        double wall = (System.nanoTime() - started) / 1e9;
        double serviceAfter = serviceStats.cpuSeconds();
        double databaseAfter = mariadbd == null ? -1 : mariadbd.cpuSeconds();
        Map<String, Long> after = StatementCounters.read(server);
        return new Measurement(
                endpoint.name(),
                orders,
                result,
                StatementCounters.perEvent(before, after, result.requests()),
                ProcessStats.percent(serviceBefore, serviceAfter, wall),
                ProcessStats.percent(databaseBefore, databaseAfter, wall),
                serviceStats.rssKib() / 1024);
    }

    private Measurement find(String script, long orders) {
        String name = ENDPOINTS.stream()
                .filter(e -> e.script().equals(script))
                .findFirst()
                .orElseThrow()
                .name();
        return measurements.stream()
                .filter(m -> m.endpoint().equals(name) && m.orders() == orders)
                .findFirst()
                .orElseThrow();
    }

    private void print(
            long firstStart,
            long restart,
            JdbcCeiling.Result ceiling,
            double submissionRatio,
            Map<String, Double> p95Ratios,
            long rssMib) {
        System.out.println();
        System.out.printf(
                "Triturate service benchmark: %d connections, %d s per endpoint after %d s of warm-up, %d cores%n%n",
                options.connections(),
                options.duration().toSeconds(),
                options.warmUp().toSeconds(),
                Runtime.getRuntime().availableProcessors());
        System.out.println("| endpoint | orders | req/s | p50 ms | p95 ms | p99 ms | max ms | errors | SQL/req "
                + "(select/insert/update/commit) | service CPU % | mariadbd CPU % | RSS MiB |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---|---|---:|---:|---:|");
        for (Measurement m : measurements) {
            Wrk.Result r = m.wrk();
            Map<String, Double> sql = m.statementsPerRequest();
            System.out.printf(
                    "| %s | %,d | %,.0f | %.1f | %.1f | %.1f | %.1f | %s | %.1f (%.1f/%.1f/%.1f/%.1f) | %.0f | %s | %d |%n",
                    m.endpoint(),
                    m.orders(),
                    r.perSecond(),
                    r.p50(),
                    r.p95(),
                    r.p99(),
                    r.max(),
                    r.errors() == 0 ? "0" : r.errors() + " " + r.statuses() + " socket " + r.socketErrors(),
                    sql.getOrDefault("Questions", 0.0),
                    sql.getOrDefault("Com_select", 0.0),
                    sql.getOrDefault("Com_insert", 0.0),
                    sql.getOrDefault("Com_update", 0.0),
                    sql.getOrDefault("Com_commit", 0.0),
                    m.serviceCpuPercent(),
                    m.databaseCpuPercent() < 0 ? "n/a" : String.format("%.0f", m.databaseCpuPercent()),
                    m.serviceRssMib());
        }
        System.out.println();
        System.out.printf(
                "JDBC ceiling (%d connections, two inserts + commit, innodb_flush_log_at_trx_commit=%s): %,.0f tx/s, "
                        + "p50 %.1f ms, p99 %.1f ms; submission reaches %.1f %% of it%n",
                ceiling.threads(),
                ceiling.flush(),
                ceiling.perSecond(),
                ceiling.p50Millis(),
                ceiling.p99Millis(),
                100 * submissionRatio);
        System.out.printf(
                "Start to ready: %,d ms on the empty database (migration included), %,d ms on a restart%n",
                firstStart, restart);
        p95Ratios.forEach((endpoint, ratio) -> System.out.printf(
                "p95 at %,d orders / at %,d orders: %s %.2f%n",
                options.fullOrders(), options.orders(), endpoint, ratio));
        System.out.printf("Service RSS at the end: %d MiB%n", rssMib);
        System.out.println("SQL/req is the server's global counters (SHOW GLOBAL STATUS Questions and Com_*) over the "
                + "run divided by its requests: every other client of the same server adds to them.");
    }

    /** 0 when every endpoint answered and no request failed; 1 otherwise (what the smoke profile checks). */
    private int verdict(Path json) {
        boolean ok = Files.isRegularFile(json);
        for (Measurement m : measurements) {
            if (m.wrk().requests() == 0 || m.wrk().errors() > 0) {
                System.out.println("FAILED: " + m.endpoint() + " at " + m.orders() + " orders: " + m.wrk());
                ok = false;
            }
        }
        return ok ? 0 : 1;
    }

    /**
     * A connection to the configured server; when none answers there, to a MariaDB of the benchmark's own, started
     * in target/bench/mariadb the way the fault-injection suite starts its own.
     */
    private Connection connectOrStartServer() throws Exception {
        serverUrl = options.server();
        user = options.user();
        password = options.password();
        try {
            return DriverManager.getConnection(serverUrl, user, password);
        } catch (SQLException refused) {
            if (refused.getSQLState() == null || !refused.getSQLState().startsWith("08")) {
                throw refused;
            }
        }
        Path home = WORK.resolve("mariadb").toAbsolutePath();
        log("no MariaDB server answers at " + serverUrl + ": starting one of the benchmark's own in " + home);
        TestDatabase.deleteRecursively(home);
        ownServer = MariaDbServer.install(home, FreePorts.next());
        serverUrl = "jdbc:mariadb://127.0.0.1:" + ownServer.port() + "/";
        user = EmbeddedMariaDb.ROOT;
        password = ownServer.password(EmbeddedMariaDb.ROOT);
        mariadbd = new ProcessStats(ownServer.pid());
        return DriverManager.getConnection(serverUrl, user, password);
    }

    /** mariadbd of the server, from its pid file when it is on this machine and readable; null otherwise. */
    private ProcessStats databaseProcess() throws SQLException {
        try (Statement statement = server.createStatement();
                ResultSet row = statement.executeQuery("SELECT @@pid_file")) {
            row.next();
            Path pidFile = Path.of(row.getString(1));
            if (pidFile.isAbsolute() && Files.isReadable(pidFile)) {
                return new ProcessStats(Long.parseLong(Files.readString(pidFile).trim()));
            }
        } catch (IOException | NumberFormatException unreadable) {
            // CPU of the database is then reported as n/a
        }
        return null;
    }

    /**
     * Stops what this run started (wrk, the service, its own MariaDB if any) and drops its database unless --keep;
     * runs once.
     */
    private synchronized void cleanUp() {
        if (cleanedUp) {
            return;
        }
        cleanedUp = true;
        try {
            if (wrk != null) {
                wrk.stop();
            }
            if (service != null) {
                service.stop();
            }
            if (database != null) {
                database.close();
            }
            if (server != null) {
                if (!options.keep()) {
                    try (Statement statement = server.createStatement()) {
                        statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
                    }
                }
                server.close();
            }
            if (ownServer != null) {
                ownServer.close();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (SQLException | IOException failed) {
            System.err.println("clean-up: " + failed);
        }
    }

    private static void log(String line) {
        System.out.println("bench: " + line);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /**
     * The service's JVM options: TRITURATE_BENCH_JAVA_OPTS when set, otherwise the production default, the JAVA_OPTS
     * line of deploy/production.env.example.
     */
    private static String serviceJavaOptions() throws IOException {
        String given = System.getenv("TRITURATE_BENCH_JAVA_OPTS");
        if (given != null) {
            return given;
        }
        return Files.readAllLines(Path.of("deploy/production.env.example")).stream()
                .filter(line -> line.startsWith("JAVA_OPTS="))
                .map(line -> line.substring("JAVA_OPTS=".length()).replace("\"", ""))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("deploy/production.env.example has no JAVA_OPTS line"));
    }
}
