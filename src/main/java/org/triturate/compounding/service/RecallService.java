package org.triturate.compounding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.triturate.compounding.CompoundingRecord;
import org.triturate.compounding.rest.RecallView;
import org.triturate.order.CompoundingOrder;
import org.triturate.patient.Patient;

/** Lot recall: from one component lot to every preparation, order and patient it went into. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RecallService {

    public RecallView recall(long ingredientId, String lotNumber) {
        List<CompoundingRecord> records = CompoundingRecord.<CompoundingRecord>find(
                "select distinct r from CompoundingRecord r join r.components c "
                        + "where c.ingredientId = ?1 and c.lotNumber = ?2 order by r.id", ingredientId, lotNumber)
                .list();
        Map<Long, CompoundingOrder> orders = byId(CompoundingOrder.<CompoundingOrder>list("id in ?1",
                records.stream().map(record -> record.orderId).distinct().toList()), order -> order.id);
        Map<Long, Patient> patients = byId(Patient.<Patient>list("id in ?1",
                orders.values().stream().map(order -> order.patientId).distinct().toList()), patient -> patient.id);
        List<RecallView.Item> items = records.stream().map(record -> {
            CompoundingOrder order = orders.get(record.orderId);
            Patient patient = patients.get(order.patientId);
            return new RecallView.Item(order.id, order.number, order.status, record.preparationLot,
                    record.compoundedOn, record.beyondUseDate, record.verification, record.dispensedAt,
                    new RecallView.Patient(patient.id, patient.firstName, patient.lastName, patient.birthDate),
                    order.prescriberId);
        }).toList();
        return new RecallView(ingredientId, lotNumber, items.size(), items);
    }

    private static <T> Map<Long, T> byId(List<T> entities, Function<T, Long> id) {
        return entities.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
