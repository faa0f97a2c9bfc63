package org.triturate.compounding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.triturate.audit.AccessAction;
import org.triturate.audit.AccessLog;
import org.triturate.compounding.CompoundingRecord;
import org.triturate.compounding.Recall;
import org.triturate.compounding.Recall.RecalledPreparation;

/** Lot recall: from one component lot to every preparation, order and patient it went into. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RecallLot {

    /**
     * One statement, as a projection: the lot's components from their index, then each record, its order and its
     * patient by primary key; no entity (a record's worksheet and components stay unread).
     */
    private static final String PREPARATIONS_OF_LOT = "select r.orderId, o.number, o.status, o.prescriberId,"
            + " r.preparationLot, r.compoundedOn, r.beyondUseDate, r.verification, r.dispensedAt,"
            + " p.id, p.firstName, p.lastName, p.birthDate"
            + " from CompoundingRecord r join CompoundingOrder o on o.id = r.orderId join Patient p on p.id = o.patientId"
            + " where r.id in (select used.id from CompoundingRecord used join used.components c"
            + " where c.ingredientId = :ingredientId and c.lotNumber = :lotNumber)"
            + " order by r.id";

    private final AccessLog accessLog;

    RecallLot(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    /** Every preparation made from the lot; the access log records the patients it names, under the ingredient. */
    public Recall recall(long ingredientId, String lotNumber) {
        List<RecalledPreparation> preparations = CompoundingRecord.getEntityManager()
                .createQuery(PREPARATIONS_OF_LOT, RecalledPreparation.class)
                .setParameter("ingredientId", ingredientId)
                .setParameter("lotNumber", lotNumber)
                .getResultList();
        accessLog.record(
                AccessAction.RECALL_SEARCH,
                ingredientId,
                preparations.stream().map(RecalledPreparation::patientId).toList());
        return new Recall(ingredientId, lotNumber, preparations);
    }
}
