package org.triturate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.triturate.testing.ServiceProcess;

/**
 * Runs the packaged service the way the README does, on an empty data directory and the embedded database:
 * the first start generates the admin password, data written before a restart is there after it, tokens issued
 * before it stay valid (the signing key persisted), SIGTERM also stops the embedded MariaDB, and no password
 * (also none of the embedded database's accounts) reaches the log. With an external MariaDB server configured, the same service runs on it instead. Prints the
 * measured start-up times and memory.
 */
class PackagedServiceIT {

    private static final Path APP = Path.of(System.getProperty("triturate.app.dir", "target/quarkus-app"));
    private static final Path WORK = Path.of(System.getProperty("triturate.it.work.dir", "target/it-work"));
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String USER_PASSWORD = "survives every restart";

    private record Running(ServiceProcess service, long readyMillis, long rssKib) {

        Path log() {
            return service.log();
        }
    }

    @Test
    void dataAndTokensSurviveARestartOfThePackagedService() throws Exception {
        Path dataDir = WORK.resolve("data-" + System.nanoTime()).toAbsolutePath();
        int port = freePort();
        String base = "http://127.0.0.1:" + port;

        Map<String, String> embedded = Map.of("TRITURATE_DATA_DIR", dataDir.toString());
        Running first = start(embedded, port, "first");
        String adminPassword;
        String username = "restart.check";
        String tokenBeforeRestart;
        try {
            Path passwordFile = dataDir.resolve("initial-admin-password");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)));
            adminPassword = Files.readString(passwordFile).trim();
            String admin = token(base, "admin", adminPassword);
            HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/users"))
                    .header("Authorization", "Bearer " + admin)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"" + username + "\", \"password\": \""
                            + USER_PASSWORD + "\", \"roles\": [\"PHARMACIST\"]}"))
                    .build());
            assertEquals(201, created.statusCode(), created.body());
            tokenBeforeRestart = token(base, username, USER_PASSWORD);
        } finally {
            stop(first, dataDir);
        }

        Running second = start(embedded, port, "second");
        try {
            HttpResponse<String> me = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/users/me"))
                    .header("Authorization", "Bearer " + token(base, username, USER_PASSWORD))
                    .GET()
                    .build());
            assertEquals(200, me.statusCode());
            assertTrue(me.body().contains("\"username\":\"" + username + "\""), me.body());
            HttpResponse<String> oldToken = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/users/me"))
                    .header("Authorization", "Bearer " + tokenBeforeRestart)
                    .GET()
                    .build());
            assertEquals(200, oldToken.statusCode(), "a token issued before the restart is still valid");
            assertEquals(
                    adminPassword,
                    Files.readString(dataDir.resolve("initial-admin-password")).trim(),
                    "the second start creates no second admin");
            token(base, "admin", adminPassword);
        } finally {
            stop(second, dataDir);
        }

        List<String> databasePasswords = List.of(
                Files.readString(dataDir.resolve("mariadb/root.password")).trim(),
                Files.readString(dataDir.resolve("mariadb/triturate.password")).trim(),
                Files.readString(dataDir.resolve("mariadb/triturate_migration.password"))
                        .trim());
        for (Running run : List.of(first, second)) {
            String log = Files.readString(run.log());
            assertFalse(log.contains(adminPassword), "admin password in " + run.log());
            assertFalse(log.contains(USER_PASSWORD), "user password in " + run.log());
            databasePasswords.forEach(
                    password -> assertFalse(log.contains(password), "database password in " + run.log()));
        }
        System.out.printf(
                "PackagedServiceIT: embedded database, first start ready in %d ms (RSS %d MiB), "
                        + "second start ready in %d ms (RSS %d MiB)%n",
                first.readyMillis(), first.rssKib() / 1024, second.readyMillis(), second.rssKib() / 1024);
    }

    /**
     * The operator's path: TRITURATE_DB_URL points at a MariaDB server, nothing embedded starts, and the schema
     * and the admin are created there. Enabled by .ci/run when a server answers on 127.0.0.1:3306.
     */
    @Test
    @EnabledIfEnvironmentVariable(named = "TRITURATE_IT_EXTERNAL_DB_SERVER", matches = ".+")
    void runsAgainstAnExternalMariaDbServer() throws Exception {
        String server = System.getenv("TRITURATE_IT_EXTERNAL_DB_SERVER");
        String user = System.getenv().getOrDefault("TRITURATE_IT_EXTERNAL_DB_USER", "root");
        String password = System.getenv().getOrDefault("TRITURATE_IT_EXTERNAL_DB_PASSWORD", "");
        String database = "triturate_ci";
        try (Connection connection = DriverManager.getConnection(server, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
        }
        Path dataDir = WORK.resolve("external-" + System.nanoTime()).toAbsolutePath();
        String adminPassword = "ci-admin-password-" + System.nanoTime();
        Map<String, String> external = Map.of(
                "TRITURATE_DATA_DIR", dataDir.toString(),
                "TRITURATE_DB_URL", server + database + "?createDatabaseIfNotExist=true",
                "TRITURATE_DB_USER", user,
                "TRITURATE_DB_PASSWORD", password,
                "TRITURATE_ADMIN_PASSWORD", adminPassword);
        int port = freePort();
        String base = "http://127.0.0.1:" + port;

        Running first = start(external, port, "external-first");
        try {
            HttpResponse<String> me = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/users/me"))
                    .header("Authorization", "Bearer " + token(base, "admin", adminPassword))
                    .GET()
                    .build());
            assertEquals(200, me.statusCode());
            assertTrue(me.body().contains("\"username\":\"admin\""), me.body());
        } finally {
            stop(first, dataDir);
        }
        assertFalse(Files.exists(dataDir.resolve("mariadb")), "no embedded database starts when one is configured");
        assertFalse(Files.exists(dataDir.resolve("initial-admin-password")), "the configured password was used");

        Running second = start(external, port, "external-second");
        try {
            token(base, "admin", adminPassword);
        } finally {
            stop(second, dataDir);
        }
        System.out.printf(
                "PackagedServiceIT: external MariaDB (%s), first start ready in %d ms (RSS %d MiB), "
                        + "second start ready in %d ms (RSS %d MiB)%n",
                server, first.readyMillis(), first.rssKib() / 1024, second.readyMillis(), second.rssKib() / 1024);
    }

    private static Running start(Map<String, String> settings, int port, String name) throws Exception {
        ServiceProcess service =
                new ServiceProcess(APP, WORK.resolve(name + "-" + port), settings, port, Duration.ofSeconds(180));
        long readyMillis = service.start();
        return new Running(service, readyMillis, rssKib(service.pid()));
    }

    private static void stop(Running run, Path dataDir) throws InterruptedException {
        // SIGTERM, as an operator or systemd would send
        assertTrue(run.service().terminate(60) >= 0, "the service stops within 60 s of SIGTERM");
        boolean databaseStillRunning = ProcessHandle.allProcesses()
                .anyMatch(p -> p.info()
                        .commandLine()
                        .map(c -> c.contains(dataDir.toString()) && c.contains("mariadbd"))
                        .orElse(false));
        assertFalse(databaseStillRunning, "the embedded MariaDB stopped with the service");
    }

    private static String token(String base, String username, String password) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}"))
                .build());
        assertEquals(200, response.statusCode(), "login as " + username);
        Matcher token = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(response.body());
        assertTrue(token.find());
        return token.group(1);
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static long rssKib(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
