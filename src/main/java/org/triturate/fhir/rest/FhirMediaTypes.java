package org.triturate.fhir.rest;

import jakarta.ws.rs.core.MediaType;
import org.triturate.common.openapi.ApiDocument;

/** The media type of FHIR JSON; requests may also say plain JSON. */
final class FhirMediaTypes {

    static final String FHIR_JSON = ApiDocument.FHIR_JSON;
    static final MediaType FHIR_JSON_TYPE = MediaType.valueOf(FHIR_JSON);
    /** Where the FHIR endpoints live; every response under it is FHIR, errors included. */
    static final String BASE = ApiDocument.FHIR_BASE;

    private FhirMediaTypes() {}
}
