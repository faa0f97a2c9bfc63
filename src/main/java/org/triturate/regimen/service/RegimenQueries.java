package org.triturate.regimen.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.jpa.HibernateHints;
import org.triturate.audit.AccessAction;
import org.triturate.audit.AccessLog;
import org.triturate.audit.AuditEvent;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.paging.PageResponse;
import org.triturate.common.paging.Pages;
import org.triturate.common.persistence.QueryFilter;
import org.triturate.common.problem.ApiException;
import org.triturate.common.problem.ErrorCode;
import org.triturate.order.CompoundingOrder;
import org.triturate.regimen.Regimen;
import org.triturate.regimen.RegimenChange;
import org.triturate.regimen.RegimenDetails;
import org.triturate.regimen.RegimenStatus;

/**
 * Reading regimens: one, a page, one's history, and the one an idempotency key created. A PRESCRIBER caller
 * ({@code callerPrescriberId}) sees only its own regimens; any other is "not found" to it. Each comes with its step
 * orders as they are now. Reading a regimen reads its step orders: the access log records it as a read of orders
 * of its patient, without a resource id (an order id would be wrong; the access log has no regimen action yet).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegimenQueries {

    private final ObjectMapper json;
    private final AccessLog accessLog;

    RegimenQueries(ObjectMapper json, AccessLog accessLog) {
        this.json = json;
        this.accessLog = accessLog;
    }

    public RegimenDetails get(long id, Long callerPrescriberId) {
        Regimen regimen = Regimen.requireVisible(id, callerPrescriberId);
        accessLog.record(AccessAction.REGIMEN_READ, regimen.id, regimen.patientId);
        return withOrders(List.of(regimen)).get(0);
    }

    /** The regimens of a patient and/or a prescriber (null: any), newest first. */
    public PageResponse<RegimenDetails> list(
            Long patientId, Long prescriberId, Long callerPrescriberId, PageRequest page) {
        QueryFilter matching = new QueryFilter()
                .and("patientId = :patientId", "patientId", patientId)
                .and("prescriberId = :prescriberId", "prescriberId", prescriberId)
                .and("prescriberId = :self", "self", callerPrescriberId);
        long total = Regimen.find(matching.where(), matching.parameters()).count();
        List<Regimen> rows = Pages.rows(
                Regimen.<Regimen>find(matching.where(), Sort.descending("id"), matching.parameters())
                        .withHint(HibernateHints.HINT_READ_ONLY, true),
                page);
        accessLog.record(
                AccessAction.REGIMEN_LIST,
                null,
                rows.stream().map(regimen -> regimen.patientId).toList());
        return new PageResponse<>(withOrders(rows), page.page(), page.size(), total);
    }

    /** Every change of the regimen, oldest first, from the append-only audit trail. */
    public List<RegimenChange> history(long id, Long callerPrescriberId) {
        Regimen regimen = Regimen.requireVisible(id, callerPrescriberId);
        accessLog.record(AccessAction.REGIMEN_HISTORY_READ, regimen.id, regimen.patientId);
        List<AuditEvent> events = AuditEvent.list(
                "entityType = ?1 and entityId = ?2", Sort.ascending("id"), Regimen.ENTITY_TYPE, regimen.id);
        return events.stream().map(this::change).toList();
    }

    /**
     * The regimen this user created with this key, when {@code requestHash} is the hash of the request that created
     * it; empty when the key is new; refused (422 IDEMPOTENCY_KEY_REUSED) when the key was used for another request.
     */
    @Transactional
    public Optional<RegimenDetails> earlier(long userId, String key, String requestHash) {
        Optional<Regimen> earlier = Regimen.<Regimen>find("createdByUserId = ?1 and idempotencyKey = ?2", userId, key)
                .firstResultOptional();
        if (earlier.isPresent() && !requestHash.equals(earlier.get().requestHash)) {
            throw new ApiException(
                    ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency-Key",
                    "This key was used for regimen " + earlier.get().number + " with a different request body");
        }
        return earlier.map(regimen -> withOrders(List.of(regimen)).get(0));
    }

    /**
     * The regimens with their steps and step orders loaded, one statement each; writable, so that a use case can
     * change the orders it reads here.
     */
    static List<RegimenDetails> withOrders(List<Regimen> regimens) {
        if (regimens.isEmpty()) {
            return List.of();
        }
        List<Long> ids = regimens.stream().map(regimen -> regimen.id).toList();
        Regimen.find("from Regimen r left join fetch r.steps where r.id in ?1", ids)
                .list();
        Map<Long, List<CompoundingOrder>> ordersByRegimen = stepOrders(ids);
        return regimens.stream()
                .map(regimen -> RegimenDetails.of(regimen, ordersByRegimen.getOrDefault(regimen.id, List.of())))
                .toList();
    }

    private static Map<Long, List<CompoundingOrder>> stepOrders(Collection<Long> regimenIds) {
        List<CompoundingOrder> orders = CompoundingOrder.list("regimenId in ?1", regimenIds);
        return orders.stream().collect(Collectors.groupingBy(order -> order.regimenId));
    }

    private RegimenChange change(AuditEvent event) {
        try {
            JsonNode details = json.readTree(event.details);
            return new RegimenChange(
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

    private static RegimenStatus status(JsonNode details, String field) {
        JsonNode value = details.path(field);
        return value.isTextual() ? RegimenStatus.valueOf(value.asText()) : null;
    }
}
