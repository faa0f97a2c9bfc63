package org.triturate.order.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.triturate.audit.AuditEvent;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.paging.PageResponse;
import org.triturate.common.paging.Pages;
import org.triturate.common.persistence.QueryFilter;
import org.triturate.order.CompoundingOrder;
import org.triturate.order.OrderChange;
import org.triturate.order.OrderLifecycle;
import org.triturate.order.OrderStatus;

/**
 * Reading orders: one, a filtered page, and one's history. A PRESCRIBER caller ({@code callerPrescriberId}) sees
 * only its own orders; any other is "not found" to it. Orders come back with the collections their view reads
 * loaded.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrderQueries {

    private final ObjectMapper json;

    OrderQueries(ObjectMapper json) {
        this.json = json;
    }

    public CompoundingOrder get(long id, Long callerPrescriberId) {
        return CompoundingOrder.requireVisible(id, callerPrescriberId).initialized();
    }

    /** Orders matching the filters (null: any), newest first. */
    public PageResponse<CompoundingOrder> list(
            OrderStatus status,
            Long patientId,
            Long prescriberId,
            LocalDate reassessDueBefore,
            Long callerPrescriberId,
            PageRequest page) {
        QueryFilter filter = new QueryFilter()
                .and("status = :status", "status", status)
                .and("patientId = :patientId", "patientId", patientId)
                .and("prescriberId = :prescriberId", "prescriberId", prescriberId)
                .and("reassessBy < :reassessDueBefore", "reassessDueBefore", reassessDueBefore)
                .and("prescriberId = :self", "self", callerPrescriberId);
        return Pages.of(
                CompoundingOrder.find(filter.where(), Sort.descending("id"), filter.parameters()),
                page,
                CompoundingOrder::initialized);
    }

    /** Every change of the order, oldest first, from the append-only audit trail. */
    public List<OrderChange> history(long id, Long callerPrescriberId) {
        CompoundingOrder order = CompoundingOrder.requireVisible(id, callerPrescriberId);
        List<AuditEvent> events = AuditEvent.list(
                "entityType = ?1 and entityId = ?2", Sort.ascending("id"), OrderLifecycle.ENTITY_TYPE, order.id);
        return events.stream().map(this::change).toList();
    }

    private OrderChange change(AuditEvent event) {
        try {
            JsonNode details = json.readTree(event.details);
            return new OrderChange(
                    event.occurredAt,
                    event.actor,
                    event.action,
                    status(details, "fromStatus"),
                    status(details, "toStatus"),
                    details.path("note").isTextual() ? details.get("note").asText() : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OrderStatus status(JsonNode details, String field) {
        JsonNode value = details.path(field);
        return value.isTextual() ? OrderStatus.valueOf(value.asText()) : null;
    }
}
