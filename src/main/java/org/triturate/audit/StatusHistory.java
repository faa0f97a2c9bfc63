package org.triturate.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reads the history of an entity with a status back from the append-only audit trail, oldest first: the events
 * whose details carry {@code fromStatus}, {@code toStatus} and {@code note}, as {@code OrderLifecycle} and the
 * regimen use cases record them.
 */
@ApplicationScoped
public class StatusHistory {

    private final ObjectMapper json;

    StatusHistory(ObjectMapper json) {
        this.json = json;
    }

    public <S extends Enum<S>> List<StatusChange<S>> of(String entityType, long entityId, Class<S> statuses) {
        List<AuditEvent> events =
                AuditEvent.list("entityType = ?1 and entityId = ?2", Sort.ascending("id"), entityType, entityId);
        return events.stream().map(event -> change(event, statuses)).toList();
    }

    private <S extends Enum<S>> StatusChange<S> change(AuditEvent event, Class<S> statuses) {
        try {
            JsonNode details = json.readTree(event.details);
            return new StatusChange<>(
                    event.occurredAt,
                    event.actor,
                    event.action,
                    status(details, "fromStatus", statuses),
                    status(details, "toStatus", statuses),
                    details.path("note").isTextual() ? details.get("note").asText() : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <S extends Enum<S>> S status(JsonNode details, String field, Class<S> statuses) {
        JsonNode value = details.path(field);
        return value.isTextual() ? Enum.valueOf(statuses, value.asText()) : null;
    }
}
