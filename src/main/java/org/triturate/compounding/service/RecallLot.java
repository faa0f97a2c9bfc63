package org.triturate.compounding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.triturate.audit.AccessAction;
import org.triturate.audit.AccessLog;
import org.triturate.compounding.CompoundingRecord;
import org.triturate.compounding.Recall;
import org.triturate.compounding.Recall.RecalledPreparation;
import org.triturate.order.CompoundingOrder;
import org.triturate.patient.Patient;

/** Lot recall: from one component lot to every preparation, order and patient it went into. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RecallLot {

    private final AccessLog accessLog;

    RecallLot(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    /** Every preparation made from the lot; the access log records the patients it names, under the ingredient. */
    public Recall recall(long ingredientId, String lotNumber) {
        List<CompoundingRecord> records = CompoundingRecord.<CompoundingRecord>find(
                        "select distinct r from CompoundingRecord r join r.components c "
                                + "where c.ingredientId = ?1 and c.lotNumber = ?2 order by r.id",
                        ingredientId,
                        lotNumber)
                .list();
        Map<Long, CompoundingOrder> orders = byId(
                CompoundingOrder.<CompoundingOrder>list(
                        "id in ?1",
                        records.stream()
                                .map(record -> record.orderId)
                                .distinct()
                                .toList()),
                order -> order.id);
        Map<Long, Patient> patients = byId(
                Patient.<Patient>list(
                        "id in ?1",
                        orders.values().stream()
                                .map(order -> order.patientId)
                                .distinct()
                                .toList()),
                patient -> patient.id);
        accessLog.record(AccessAction.RECALL_SEARCH, ingredientId, patients.keySet());
        return new Recall(
                ingredientId,
                lotNumber,
                records.stream()
                        .map(record -> {
                            CompoundingOrder order = orders.get(record.orderId);
                            return new RecalledPreparation(record, order, patients.get(order.patientId));
                        })
                        .toList());
    }

    private static <T> Map<Long, T> byId(List<T> entities, Function<T, Long> id) {
        return entities.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
