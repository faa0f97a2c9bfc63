package org.triturate.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Appends audit events. It joins the caller's transaction and refuses to run without one, so an event is
 * committed together with the change it records, or not at all.
 */
@ApplicationScoped
public class AuditLog {

    private final ObjectMapper json;
    private final Clock clock;

    AuditLog(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent record(String actor, String action, String entityType, Long entityId, Map<String, ?> details) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = clock.instant();
        event.actor = actor;
        event.action = action;
        event.entityType = entityType;
        event.entityId = entityId;
        event.details = toJson(details);
        event.persist();
        return event;
    }

    /**
     * A change of an entity with a status, in the shape {@link StatusHistory} reads back: {@code fromStatus} and
     * {@code toStatus} (null where the entity had none), the {@code note}, and what else the change keeps.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent recordStatusChange(
            String actor,
            String action,
            String entityType,
            long entityId,
            Enum<?> fromStatus,
            Enum<?> toStatus,
            String note,
            Map<String, ?> more) {
        // A HashMap: the statuses and the note may be null, which Map.of refuses.
        Map<String, Object> details = new HashMap<>(more);
        details.put("fromStatus", fromStatus);
        details.put("toStatus", toStatus);
        details.put("note", note);
        return record(actor, action, entityType, entityId, details);
    }

    private String toJson(Map<String, ?> details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit details must be plain JSON values", e);
        }
    }
}
