package org.triturate.fault;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged service (target/quarkus-app/quarkus-run.jar) as a process of its own, started with env variables. */
final class ServiceProcess {

    private final Path app;
    private final Path logDir;
    private final Map<String, String> settings;
    private final int port;
    private Process process;
    private int starts;

    ServiceProcess(Path app, Path logDir, Map<String, String> settings, int port) {
        this.app = app;
        this.logDir = logDir;
        this.settings = settings;
        this.port = port;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Starts the service and returns the milliseconds until readiness answered 200. */
    long start() throws IOException, InterruptedException {
        starts++;
        Path log = logDir.resolve("service-" + starts + ".log");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        app.resolve("quarkus-run.jar").toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("TRITURATE_") || key.startsWith("QUARKUS_"));
        env.putAll(settings);
        env.put("TRITURATE_HTTP_PORT", String.valueOf(port));
        env.put("TRITURATE_HTTP_HOST", "127.0.0.1");
        long started = System.nanoTime();
        process = builder.start();
        long deadline = started + TimeUnit.SECONDS.toNanos(120);
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
        throw new IllegalStateException("the service was not ready within 120 s; see " + log);
    }

    /** The status of /q/health/ready, or -1 when the service does not answer within 2 s. */
    int readiness() {
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
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM; returns the milliseconds until the process exited, or -1 if it did not within the limit. */
    long terminate(int limitSeconds) throws InterruptedException {
        long started = System.nanoTime();
        process.destroy();
        if (!process.waitFor(limitSeconds, TimeUnit.SECONDS)) {
            return -1;
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** Stops whatever still runs: SIGTERM, then SIGKILL after 30 s. */
    void stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        if (terminate(30) < 0) {
            kill();
        }
    }
}
