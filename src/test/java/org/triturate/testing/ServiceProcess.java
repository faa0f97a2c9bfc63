package org.triturate.testing;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service (target/quarkus-app/quarkus-run.jar) as a process of its own, started with env variables (any
 * TRITURATE_* or QUARKUS_* of the test's environment left out), each start logging to a file of its own.
 */
public final class ServiceProcess {

    private final Path app;
    private final Path logDir;
    private final Map<String, String> settings;
    private final int port;
    private final Duration readyWithin;
    private Process process;
    private Path log;
    private int starts;

    public ServiceProcess(Path app, Path logDir, Map<String, String> settings, int port, Duration readyWithin) {
        this.app = app;
        this.logDir = logDir;
        this.settings = settings;
        this.port = port;
        this.readyWithin = readyWithin;
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Starts the service and returns the milliseconds until readiness answered 200. */
    public long start() throws IOException, InterruptedException {
        starts++;
        Files.createDirectories(logDir);
        log = logDir.resolve("service-" + starts + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // JVM options come as in production (deploy/triturate.service): JAVA_OPTS among the settings.
        String javaOptions = settings.getOrDefault("JAVA_OPTS", "").trim();
        if (!javaOptions.isEmpty()) {
            command.addAll(List.of(javaOptions.split("\\s+")));
        }
        command.add("-jar");
        command.add(app.resolve("quarkus-run.jar").toString());
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("TRITURATE_") || key.startsWith("QUARKUS_"));
        env.putAll(settings);
        env.put("TRITURATE_HTTP_PORT", String.valueOf(port));
        env.put("TRITURATE_HTTP_HOST", "127.0.0.1");
        long started = System.nanoTime();
        process = builder.start();
        long deadline = started + readyWithin.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + "; see " + log);
            }
            if (readiness() == 200) {
                return (System.nanoTime() - started) / 1_000_000;
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the service was not ready within " + readyWithin + "; see " + log);
    }

    /** The log of the latest start. */
    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    /** The status of /q/health/ready, or -1 when the service does not answer within 2 s. */
    public int readiness() {
        try {
            HttpURLConnection connection = (HttpURLConnection)
                    URI.create(base() + "/q/health/ready").toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(2000);
            try {
                return connection.getResponseCode();
            } finally {
                connection.disconnect();
            }
        } catch (IOException notAnswering) {
            return -1;
        }
    }

    /** kill -9. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM; returns the milliseconds until the process exited, or -1 if it did not within the limit. */
    public long terminate(int limitSeconds) throws InterruptedException {
        long started = System.nanoTime();
        process.destroy();
        if (!process.waitFor(limitSeconds, TimeUnit.SECONDS)) {
            return -1;
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** Stops whatever still runs: SIGTERM, then SIGKILL after 30 s. */
    public void stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        if (terminate(30) < 0) {
            kill();
        }
    }
}
