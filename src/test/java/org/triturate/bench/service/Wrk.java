package org.triturate.bench.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * wrk (Debian's package) driving one endpoint with one of the Lua scripts of bench/, which prints its figures as a
 * "BENCH-RESULT {json}" line (bench/report.lua). The process of the current run is kept so that a shutdown can stop
 * it.
 */
final class Wrk {

    /** What one wrk run measured; latencies in milliseconds, statuses as counted by the script. */
    record Result(
            long requests,
            double seconds,
            double perSecond,
            double p50,
            double p95,
            double p99,
            double max,
            long socketErrors,
            long non2xx,
            Map<String, Long> statuses) {

        long errors() {
            return socketErrors + non2xx;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARKER = "BENCH-RESULT ";

    private final Path scripts;
    private final Path params;
    private final String base;
    private final int connections;
    private final int threads;
    private final Path logDir;
    private volatile Process running;

    Wrk(Path scripts, Path params, String base, int connections, int threads, Path logDir) {
        this.scripts = scripts;
        this.params = params;
        this.base = base;
        this.connections = connections;
        this.threads = threads;
        this.logDir = logDir;
    }

    /** Runs {@code script} (e.g. "get-order.lua") for {@code duration}. */
    Result run(String script, Duration duration) throws IOException, InterruptedException {
        Files.createDirectories(logDir);
        Path output = logDir.resolve(script.replace(".lua", "") + "-" + System.nanoTime() + ".out");
        List<String> command = new ArrayList<>(List.of(
                "wrk",
                "--threads",
                String.valueOf(threads),
                "--connections",
                String.valueOf(connections),
                "--duration",
                duration.toSeconds() + "s",
                // a slow answer is measured rather than dropped as a timeout after wrk's default 2 s
                "--timeout",
                "30s",
                "--script",
                scripts.resolve(script).toString(),
                base,
                "--",
                params.toString()));
        running = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        try {
            if (!running.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("wrk did not finish; see " + output);
            }
        } finally {
            stop();
        }
        String line = Files.readAllLines(output).stream()
                .filter(l -> l.startsWith(MARKER))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("wrk printed no result; see " + output));
        return parse(JSON.readTree(line.substring(MARKER.length())));
    }

    private static Result parse(JsonNode json) {
        JsonNode errors = json.get("errors");
        JsonNode latency = json.get("latencyMicros");
        long requests = json.get("requests").asLong();
        double seconds = json.get("durationMicros").asLong() / 1e6;
        Map<String, Long> statuses = new TreeMap<>();
        json.get("statuses")
                .fields()
                .forEachRemaining(s -> statuses.put(s.getKey(), s.getValue().asLong()));
        long non2xx = statuses.entrySet().stream()
                .filter(s -> !s.getKey().startsWith("2"))
                .mapToLong(Map.Entry::getValue)
                .sum();
        long socketErrors = errors.get("connect").asLong()
                + errors.get("read").asLong()
                + errors.get("write").asLong()
                + errors.get("timeout").asLong();
        return new Result(
                requests,
                seconds,
                requests / seconds,
                latency.get("p50").asLong() / 1e3,
                latency.get("p95").asLong() / 1e3,
                latency.get("p99").asLong() / 1e3,
                latency.get("max").asLong() / 1e3,
                socketErrors,
                non2xx,
                statuses);
    }

    /** Stops the running wrk, if any. */
    void stop() throws InterruptedException {
        Process process = running;
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
