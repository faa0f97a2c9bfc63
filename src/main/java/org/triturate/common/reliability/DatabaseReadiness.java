package org.triturate.common.reliability;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the database, answered within {@link #BOUND} whatever the database does: Quarkus's own check waits
 * as long as the pool and the driver let it (a frozen server: acquisition plus socket timeout). One probe runs at a
 * time on its own thread: a call while an earlier probe still hangs waits for that one (within the bound) instead of
 * starting another, so a frozen database never piles up threads.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "Database connections health check";
    static final Duration BOUND = Duration.ofSeconds(2);
    /** Seconds the server has to answer the validation ping, inside {@link #BOUND}. */
    private static final int PING_SECONDS = 1;

    private final AgroalDataSource dataSource;
    private final ExecutorService prober = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "database-readiness");
        thread.setDaemon(true);
        return thread;
    });

    private CompletableFuture<Boolean> probe = CompletableFuture.completedFuture(true);

    DatabaseReadiness(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        CompletableFuture<Boolean> current = currentProbe();
        try {
            boolean up = current.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
            return HealthCheckResponse.named(NAME).status(up).build();
        } catch (TimeoutException e) {
            return HealthCheckResponse.named(NAME)
                    .down()
                    .withData("reason", "no answer within " + BOUND.toSeconds() + " s")
                    .build();
        } catch (ExecutionException e) {
            return HealthCheckResponse.named(NAME).down().build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthCheckResponse.named(NAME).down().build();
        }
    }

    private synchronized CompletableFuture<Boolean> currentProbe() {
        if (probe.isDone()) {
            probe = CompletableFuture.supplyAsync(this::ping, prober);
        }
        return probe;
    }

    private boolean ping() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(PING_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    void stop(@Observes ShutdownEvent event) {
        prober.shutdownNow();
    }
}
