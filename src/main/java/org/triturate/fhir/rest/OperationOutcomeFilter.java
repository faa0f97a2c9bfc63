package org.triturate.fhir.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.lang.annotation.Annotation;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.triturate.common.problem.Problem;
import org.triturate.fhir.FhirJson;
import org.triturate.fhir.OperationOutcomes;

/**
 * Every error under /fhir/r4 as an OperationOutcome. The problem mappers of the REST API answer every failure
 * (ours, the security layer's, the framework's) with a problem; under the FHIR base this turns that problem into
 * the same statements in FHIR's shape, with the same status and headers, so that both APIs share one error path.
 */
public class OperationOutcomeFilter {

    private final FhirJson fhir;

    OperationOutcomeFilter(FhirJson fhir) {
        this.fhir = fhir;
    }

    @ServerResponseFilter
    public void toOperationOutcome(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem
                && request.getUriInfo().getPath().startsWith(FhirMediaTypes.BASE + "/")) {
            response.setEntity(
                    fhir.write(OperationOutcomes.of(problem)), new Annotation[0], FhirMediaTypes.FHIR_JSON_TYPE);
        }
    }
}
