package org.triturate.fhir.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.triturate.fhir.MedicationRequestReader;
import org.triturate.order.OrderView;
import org.triturate.order.Submission;
import org.triturate.order.service.SubmitOrder;
import org.triturate.security.Caller;

/**
 * A MedicationRequest submitted as a compounding order: mapped to a submission and handed to the order intake of
 * POST /api/v1/orders ({@link SubmitOrder}), so that the same rules judge it the same way. A pharmacist's
 * MedicationRequest is a transcription received ELECTRONIC unless its received-via extension says otherwise.
 */
@ApplicationScoped
public class SubmitMedicationRequest {

    private final SubmitOrder submitOrder;
    private final FhirRegistry registry;
    private final MedicationRequestQueries queries;

    SubmitMedicationRequest(SubmitOrder submitOrder, FhirRegistry registry, MedicationRequestQueries queries) {
        this.submitOrder = submitOrder;
        this.registry = registry;
        this.queries = queries;
    }

    /** The order as stored, as a MedicationRequest. */
    public MedicationRequest submit(MedicationRequest request, Caller caller) {
        Submission submission = MedicationRequestReader.read(request, registry, !caller.isPrescriber());
        OrderView order =
                OrderView.of(submitOrder.submit(submission, null, null, caller).order());
        return queries.resource(order);
    }
}
