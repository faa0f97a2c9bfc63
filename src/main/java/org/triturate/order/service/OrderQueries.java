package org.triturate.order.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.Hibernate;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import org.triturate.audit.AccessAction;
import org.triturate.audit.AccessLog;
import org.triturate.audit.StatusChange;
import org.triturate.audit.StatusHistory;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.paging.PageResponse;
import org.triturate.common.paging.Pages;
import org.triturate.common.persistence.Lookup;
import org.triturate.common.persistence.QueryFilter;
import org.triturate.order.CompoundingOrder;
import org.triturate.order.OrderLifecycle;
import org.triturate.order.OrderStatus;

/**
 * Reading orders: one, a filtered page, and one's history. A PRESCRIBER caller ({@code callerPrescriberId}) sees
 * only its own orders; any other is "not found" to it. Orders come back with the collections their view reads
 * loaded, as read-only entities (no snapshot for dirty checking, nothing to flush): one statement for the order
 * and its actives, one for its checks and, for an original with refills issued, one for its fills; a page costs its
 * count, its rows and one statement per collection for the whole page.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrderQueries {

    private final StatusHistory history;
    private final AccessLog accessLog;

    OrderQueries(StatusHistory history, AccessLog accessLog) {
        this.history = history;
        this.accessLog = accessLog;
    }

    public CompoundingOrder get(long id, Long callerPrescriberId) {
        CompoundingOrder order = CompoundingOrder.<CompoundingOrder>find(
                        "from CompoundingOrder o left join fetch o.actives where o.id = ?1", id)
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .singleResultOptional()
                .filter(found -> found.isVisibleTo(callerPrescriberId))
                .orElseThrow(() -> Lookup.notFound("Order"));
        // The checks by themselves: joined with the actives above, every check would repeat the order's columns.
        Hibernate.initialize(order.checks);
        // An original's fills only when it has issued any: an order without refills costs no statement for them.
        if (order.hasFills()) {
            Hibernate.initialize(order.fills);
        }
        accessLog.record(AccessAction.ORDER_READ, order.id, order.patientId);
        return order;
    }

    /**
     * Orders matching the filters (null: any), in {@code sort} order, by page number or after the cursor of
     * {@code page} (the orders that follow it in that order); {@code total} counts every match, the cursor aside. The
     * access log records the patients returned.
     */
    public PageResponse<CompoundingOrder> list(
            OrderStatus status,
            Long patientId,
            Long prescriberId,
            LocalDate reassessDueBefore,
            Long callerPrescriberId,
            OrderSort sort,
            PageRequest page) {
        QueryFilter matching = matching(status, patientId, prescriberId, reassessDueBefore, callerPrescriberId);
        long total =
                CompoundingOrder.find(matching.where(), matching.parameters()).count();
        boolean statusAlone = status != null
                && patientId == null
                && prescriberId == null
                && reassessDueBefore == null
                && callerPrescriberId == null;
        List<CompoundingOrder> orders;
        boolean oldestFirst = sort == OrderSort.OLDEST;
        if (statusAlone && page.afterId() != null) {
            orders = inStatusAfter(status, page.afterId(), oldestFirst, page.size());
        } else {
            // Counted above: the cursor narrows only the rows.
            QueryFilter rows = matching.and(oldestFirst ? "id > :afterId" : "id < :afterId", "afterId", page.afterId());
            Sort byId = oldestFirst ? Sort.ascending("id") : Sort.descending("id");
            orders = Pages.rows(
                    CompoundingOrder.<CompoundingOrder>find(rows.where(), byId, rows.parameters())
                            .withHint(HibernateHints.HINT_READ_ONLY, true),
                    page);
        }
        fetchCollections(orders);
        accessLog.record(
                AccessAction.ORDER_LIST,
                null,
                orders.stream().map(order -> order.patientId).toList());
        return new PageResponse<>(orders, page.page(), page.size(), total);
    }

    private static QueryFilter matching(
            OrderStatus status,
            Long patientId,
            Long prescriberId,
            LocalDate reassessDueBefore,
            Long callerPrescriberId) {
        return new QueryFilter()
                .and("status = :status", "status", status)
                .and("patientId = :patientId", "patientId", patientId)
                .and("prescriberId = :prescriberId", "prescriberId", prescriberId)
                .and("reassessBy < :reassessDueBefore", "reassessDueBefore", reassessDueBefore)
                .and("prescriberId = :self", "self", callerPrescriberId);
    }

    /**
     * The {@code size} orders in {@code status} that follow {@code afterId} (older, newest first; or newer, oldest
     * first), as the range of the status index on (status, id) they are. Asked in HQL, MariaDB 10.11 costs the range
     * on the primary key beyond the cursor as the cheapest range and then prefers a ref on the status alone, which
     * filters the cursor row by row: for the status most orders end in (DISPENSED) that walks every one of them on the
     * other side of the cursor, seconds at a million orders. No index design changes that choice and HQL has no index hints, hence this native statement; see
     * docs/performance.md ("Reads").
     */
    private static List<CompoundingOrder> inStatusAfter(
            OrderStatus status, long afterId, boolean oldestFirst, int size) {
        return CompoundingOrder.getEntityManager()
                .unwrap(Session.class)
                .createNativeQuery(
                        "select * from compounding_order force index (ix_compounding_order_status)"
                                + (oldestFirst
                                        ? " where status = :status and id > :afterId order by id asc"
                                        : " where status = :status and id < :afterId order by id desc"),
                        CompoundingOrder.class)
                .setParameter("status", status.name())
                .setParameter("afterId", afterId)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .setMaxResults(size)
                .list();
    }

    /**
     * Loads the actives and the checks of every order of a page, and the fills of the originals that have issued
     * any, one statement per collection (none for fills when no order of the page has any); the orders, already in
     * the session, are the ones these statements fill.
     */
    private static void fetchCollections(List<CompoundingOrder> orders) {
        if (orders.isEmpty()) {
            return;
        }
        List<Long> ids = orders.stream().map(order -> order.id).toList();
        for (String collection : List.of("actives", "checks")) {
            fetch(collection, ids);
        }
        List<Long> withFills = orders.stream()
                .filter(CompoundingOrder::hasFills)
                .map(order -> order.id)
                .toList();
        if (!withFills.isEmpty()) {
            fetch("fills", withFills);
        }
    }

    private static void fetch(String collection, List<Long> ids) {
        CompoundingOrder.find("from CompoundingOrder o left join fetch o." + collection + " where o.id in ?1", ids)
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .list();
    }

    /** Every change of the order, oldest first, from the append-only audit trail. */
    public List<StatusChange<OrderStatus>> history(long id, Long callerPrescriberId) {
        CompoundingOrder order = CompoundingOrder.requireVisible(id, callerPrescriberId);
        accessLog.record(AccessAction.ORDER_HISTORY_READ, order.id, order.patientId);
        return history.of(OrderLifecycle.ENTITY_TYPE, order.id, OrderStatus.class);
    }
}
