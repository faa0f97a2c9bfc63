package org.triturate.fhir.rest;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.triturate.common.paging.PageResponse;

/** A page of MedicationRequests as a FHIR searchset Bundle, with self, next and previous links. */
final class SearchBundles {

    private SearchBundles() {}

    static Bundle of(PageResponse<MedicationRequest> page, Long patientId, UriInfo uri) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal((int) page.total());
        String base = uri.getBaseUriBuilder()
                .path(FhirMediaTypes.BASE)
                .path("MedicationRequest")
                .build()
                .toString();
        bundle.addLink().setRelation("self").setUrl(link(base, patientId, page.size(), page.page()));
        if ((long) (page.page() + 1) * page.size() < page.total()) {
            bundle.addLink().setRelation("next").setUrl(link(base, patientId, page.size(), page.page() + 1));
        }
        if (page.page() > 0) {
            bundle.addLink().setRelation("previous").setUrl(link(base, patientId, page.size(), page.page() - 1));
        }
        for (MedicationRequest request : page.items()) {
            bundle.addEntry()
                    .setFullUrl(base + "/" + request.getIdElement().getIdPart())
                    .setResource(request)
                    .getSearch()
                    .setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    private static String link(String base, Long patientId, int count, int page) {
        UriBuilder link = UriBuilder.fromUri(base);
        if (patientId != null) {
            link.queryParam("patient", patientId);
        }
        return link.queryParam("_count", count)
                .queryParam("_page", page)
                .build()
                .toString();
    }
}
