package org.triturate.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
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

    private String toJson(Map<String, ?> details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit details must be plain JSON values", e);
        }
    }
}
