package org.triturate.fault;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Polls /q/health/ready every 250 ms, each poll on its own (a hung poll does not delay the next), and keeps when
 * each was sent, when it was answered and with what (-1: no answer within 5 s).
 */
final class ReadinessProbe implements AutoCloseable {

    record Sample(long sentNanos, long answeredNanos, int status) {}

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final Queue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final HttpRequest request;

    ReadinessProbe(String base) {
        request = HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        timer.scheduleAtFixedRate(this::poll, 0, 250, TimeUnit.MILLISECONDS);
    }

    private void poll() {
        long sent = System.nanoTime();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .whenComplete((response, failure) ->
                        samples.add(new Sample(sent, System.nanoTime(), failure == null ? response.statusCode() : -1)));
    }

    /**
     * Seconds from {@code fromNanos} to the first answer with {@code status} to a poll sent at or after it, or -1
     * when none came.
     */
    double secondsUntil(int status, long fromNanos) {
        return samples().stream()
                .filter(sample -> sample.sentNanos() >= fromNanos && sample.status() == status)
                .mapToLong(Sample::answeredNanos)
                .min()
                .stream()
                .mapToDouble(answered -> (answered - fromNanos) / 1e9)
                .findFirst()
                .orElse(-1);
    }

    List<Sample> samples() {
        return List.copyOf(samples);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
