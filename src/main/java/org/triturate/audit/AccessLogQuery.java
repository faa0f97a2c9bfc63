package org.triturate.audit;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.paging.PageResponse;
import org.triturate.common.paging.Pages;
import org.triturate.common.persistence.QueryFilter;

/** Reading the access log (ADMIN): filtered by user, patient, action and time, newest first. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AccessLogQuery {

    /** Entries matching the filters (null: any); {@code from} inclusive, {@code to} exclusive. */
    public PageResponse<AccessEntry> search(
            Long userId, Long patientId, AccessAction action, Instant from, Instant to, PageRequest page) {
        QueryFilter filter = new QueryFilter()
                .and("userId = :userId", "userId", userId)
                .and("patientId = :patientId", "patientId", patientId)
                .and("action = :action", "action", action)
                .and("occurredAt >= :from", "from", from)
                .and("occurredAt < :to", "to", to);
        return Pages.of(AccessEntry.find(filter.where(), Sort.descending("id"), filter.parameters()), page);
    }
}
