package org.triturate.fhir.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.paging.PageResponse;
import org.triturate.fhir.MedicationRequestWriter;
import org.triturate.order.OrderView;
import org.triturate.order.service.OrderQueries;
import org.triturate.order.service.OrderSort;

/**
 * Orders read as MedicationRequests, with the visibility of {@link OrderQueries}: a PRESCRIBER caller
 * ({@code callerPrescriberId}) sees only its own orders, any other is not found.
 */
@ApplicationScoped
public class MedicationRequestQueries {

    private final OrderQueries orders;
    private final FhirRegistry registry;

    MedicationRequestQueries(OrderQueries orders, FhirRegistry registry) {
        this.orders = orders;
        this.registry = registry;
    }

    public MedicationRequest get(long orderId, Long callerPrescriberId) {
        return resource(OrderView.of(orders.get(orderId, callerPrescriberId)));
    }

    /** The patient's orders (every visible order when {@code patientId} is null), newest first. */
    public PageResponse<MedicationRequest> byPatient(Long patientId, Long callerPrescriberId, PageRequest page) {
        return orders.list(null, patientId, null, null, callerPrescriberId, OrderSort.NEWEST, page)
                .map(OrderView::of)
                .map(this::resource);
    }

    MedicationRequest resource(OrderView order) {
        List<Long> ingredientIds =
                order.actives().stream().map(OrderView.ActiveView::ingredientId).toList();
        return MedicationRequestWriter.of(order, registry.rxnormCodes(ingredientIds));
    }
}
