package org.triturate.regimen.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.jpa.HibernateHints;
import org.triturate.audit.AccessAction;
import org.triturate.audit.AccessLog;
import org.triturate.audit.StatusChange;
import org.triturate.audit.StatusHistory;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.paging.PageResponse;
import org.triturate.common.paging.Pages;
import org.triturate.common.persistence.QueryFilter;
import org.triturate.common.problem.ApiException;
import org.triturate.common.problem.ErrorCode;
import org.triturate.order.CompoundingOrder;
import org.triturate.regimen.Regimen;
import org.triturate.regimen.RegimenDetails;
import org.triturate.regimen.RegimenStatus;

/**
 * Reading regimens: one, a page, one's history, and the one an idempotency key created. A PRESCRIBER caller
 * ({@code callerPrescriberId}) sees only its own regimens; any other is "not found" to it. Each comes with its step
 * orders as they are now. The access log records each read as a regimen read of its patient, with the regimen's id.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegimenQueries {

    private final StatusHistory history;
    private final AccessLog accessLog;

    RegimenQueries(StatusHistory history, AccessLog accessLog) {
        this.history = history;
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
    public List<StatusChange<RegimenStatus>> history(long id, Long callerPrescriberId) {
        Regimen regimen = Regimen.requireVisible(id, callerPrescriberId);
        accessLog.record(AccessAction.REGIMEN_HISTORY_READ, regimen.id, regimen.patientId);
        return history.of(Regimen.ENTITY_TYPE, regimen.id, RegimenStatus.class);
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
}
