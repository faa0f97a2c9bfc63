package org.triturate.regimen.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.triturate.audit.AuditLog;
import org.triturate.common.concurrency.EntityVersion;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.RuleCode;
import org.triturate.common.rule.RulesBroken;
import org.triturate.common.text.FreeText;
import org.triturate.order.CompoundingOrder;
import org.triturate.order.OrderAction;
import org.triturate.order.OrderLifecycle;
import org.triturate.regimen.Regimen;
import org.triturate.regimen.RegimenDetails;
import org.triturate.regimen.RegimenStatus;
import org.triturate.security.Caller;

/**
 * Cancels a regimen that is ACTIVE: every step order that can still be cancelled (SUBMITTED, CHANGES_REQUESTED,
 * APPROVED) is cancelled with the reason in its history; a step already compounded or further goes on as it is (the
 * preparation exists; the pharmacist decides at verification or dispensing). The regimen's history records the
 * cancellation and which orders it cancelled.
 */
@ApplicationScoped
@Transactional
public class CancelRegimen {

    private final OrderLifecycle lifecycle;
    private final AuditLog audit;

    CancelRegimen(OrderLifecycle lifecycle, AuditLog audit) {
        this.lifecycle = lifecycle;
        this.audit = audit;
    }

    /** A PRESCRIBER caller cancels only its own regimens; {@code ifMatch} names the version the caller read. */
    public RegimenDetails cancel(long id, String ifMatch, String reason, Caller caller) {
        Regimen regimen = Regimen.requireVisible(id, caller.prescriberId());
        EntityVersion.require(ifMatch, regimen.version);
        RegimenDetails current = RegimenQueries.withOrders(List.of(regimen)).get(0);
        RegimenStatus status = current.status();
        if (status != RegimenStatus.ACTIVE) {
            throw new RulesBroken(
                    Finding.block(RuleCode.INVALID_TRANSITION, "A regimen " + status + " cannot be cancelled"));
        }
        String note = FreeText.trimmedOrNull(reason);
        if (note == null) {
            note = "Regimen " + regimen.number + " cancelled";
        }
        List<Long> cancelled = new ArrayList<>();
        for (CompoundingOrder order : current.stepOrders()) {
            if (OrderAction.CANCEL.allowedFrom(order.status)) {
                lifecycle.move(order, OrderAction.CANCEL, caller.username(), note);
                cancelled.add(order.id);
            }
        }
        regimen.status = RegimenStatus.CANCELLED;
        regimen.persistAndFlush();
        audit.recordStatusChange(
                caller.username(),
                "REGIMEN_CANCELLED",
                Regimen.ENTITY_TYPE,
                regimen.id,
                status,
                RegimenStatus.CANCELLED,
                note,
                Map.of("cancelledOrderIds", cancelled));
        return current;
    }
}
