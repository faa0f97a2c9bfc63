package org.triturate.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.junit.jupiter.api.Test;
import org.triturate.common.openapi.ApiDocument;
import org.triturate.common.openapi.ApiDocumentFilter;

/** The FHIR operations document OperationOutcomes where FHIR answers, problems where the HTTP layer does. */
class FhirApiDocumentTest {

    private static final String RESPONSES = "#/components/responses/";

    @Test
    void aFhirOperationFailsWithOperationOutcomesExceptInTheHttpLayer() {
        Operation create = OASFactory.createOperation()
                .security(List.of(OASFactory.createSecurityRequirement().addScheme("bearer", List.of())))
                .requestBody(OASFactory.createRequestBody()
                        .content(OASFactory.createContent()
                                .addMediaType(ApiDocument.FHIR_JSON, OASFactory.createMediaType())))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("201", OASFactory.createAPIResponse().description("Created")));
        OpenAPI api = OASFactory.createOpenAPI()
                .components(OASFactory.createComponents().schemas(Map.of()))
                .paths(OASFactory.createPaths()
                        .addPathItem(
                                ApiDocument.FHIR_BASE + "/MedicationRequest",
                                OASFactory.createPathItem().POST(create)));

        new ApiDocumentFilter().filterOpenAPI(api);

        var responses = create.getResponses().getAPIResponses();
        for (String status : List.of("400", "401", "403", "415", "500", "503")) {
            assertEquals(
                    RESPONSES + ApiDocument.FHIR_ERROR, responses.get(status).getRef(), status);
        }
        assertEquals(
                RESPONSES + ApiDocument.PAYLOAD_TOO_LARGE, responses.get("413").getRef());
        assertEquals(RESPONSES + ApiDocument.URI_TOO_LONG, responses.get("414").getRef());
        assertEquals(
                RESPONSES + ApiDocument.HEADERS_TOO_LARGE, responses.get("431").getRef());
    }
}
