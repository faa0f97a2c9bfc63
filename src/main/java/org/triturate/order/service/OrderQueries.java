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
import org.triturate.audit.AccessAction;
import org.triturate.audit.AccessLog;
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
    private final AccessLog accessLog;

    OrderQueries(ObjectMapper json, AccessLog accessLog) {
        this.json = json;
        this.accessLog = accessLog;
    }

    public CompoundingOrder get(long id, Long callerPrescriberId) {
        CompoundingOrder order =
                CompoundingOrder.requireVisible(id, callerPrescriberId).initialized();
        accessLog.record(AccessAction.ORDER_READ, order.id, order.patientId);
        return order;
    }

    /** Orders matching the filters (null: any), newest first; the access log records the patients returned. */
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
        PageResponse<CompoundingOrder> found = Pages.of(
                CompoundingOrder.find(filter.where(), Sort.descending("id"), filter.parameters()),
                page,
                CompoundingOrder::initialized);
        accessLog.record(
                AccessAction.ORDER_LIST,
                null,
                found.items().stream().map(order -> order.patientId).toList());
        return found;
    }

    /** Every change of the order, oldest first, from the append-only audit trail. */
    public List<OrderChange> history(long id, Long callerPrescriberId) {
        CompoundingOrder order = CompoundingOrder.requireVisible(id, callerPrescriberId);
        accessLog.record(AccessAction.ORDER_HISTORY_READ, order.id, order.patientId);
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
