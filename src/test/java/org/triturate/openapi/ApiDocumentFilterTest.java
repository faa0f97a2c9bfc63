package org.triturate.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;
import org.triturate.common.openapi.ApiDocument;
import org.triturate.common.openapi.ApiDocumentFilter;

class ApiDocumentFilterTest {

    @Test
    void aSecuredChangeWithABodyAndIfMatchGetsEveryProblemItCanAnswer() {
        Operation update = operation("200")
                .security(List.of(OASFactory.createSecurityRequirement().addScheme("bearer", List.of("ADMIN"))))
                .requestBody(OASFactory.createRequestBody().content(json("Thing")))
                .addParameter(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER));

        filter(api(update, operation("200")));

        assertEquals(
                List.of("200", "400", "401", "403", "412", "413", "414", "415", "428", "431", "500", "503"),
                List.copyOf(update.getResponses().getAPIResponses().keySet()));
        assertEquals(
                "#/components/responses/" + ApiDocument.PRECONDITION_REQUIRED,
                update.getResponses().getAPIResponse("428").getRef());
        assertEquals(
                "#/components/parameters/" + ApiDocument.IF_MATCH,
                update.getParameters().get(0).getRef());
    }

    @Test
    void aSecuredChangeWithoutIfMatchMayStillLoseToAConcurrentChange() {
        Operation create = operation("201")
                .security(List.of(OASFactory.createSecurityRequirement().addScheme("bearer", List.of("ADMIN"))));
        Operation read = operation("200")
                .security(List.of(OASFactory.createSecurityRequirement().addScheme("bearer", List.of("ADMIN"))));

        filter(api(create, read));

        assertEquals(
                List.of("201", "401", "403", "412", "414", "431", "500", "503"),
                List.copyOf(create.getResponses().getAPIResponses().keySet()));
        assertEquals(
                List.of("200", "401", "403", "414", "431", "500", "503"),
                List.copyOf(read.getResponses().getAPIResponses().keySet()));
    }

    @Test
    void aPublicOperationWithoutParametersCanOnlyFailInTheHttpLayerOrTheDatabaseOrUnexpectedly() {
        Operation token = operation("200").security(List.of(OASFactory.createSecurityRequirement()));

        filter(api(token, operation("200")));

        assertEquals(
                List.of("200", "414", "431", "500", "503"),
                List.copyOf(token.getResponses().getAPIResponses().keySet()));
    }

    @Test
    void everyPropertyOfASchemaOnlyResponsesUseIsRequired() {
        Operation create =
                operation("201").requestBody(OASFactory.createRequestBody().content(json("Request")));
        create.getResponses().getAPIResponse("201").content(json("View"));
        OpenAPI api = api(create, operation("200"));
        Schema view = object("id", "note");
        Schema request = object("name", "note");
        api.getComponents().schemas(Map.of("View", view, "Request", request));

        filter(api);

        assertEquals(List.of("id", "note"), view.getRequired());
        assertNull(request.getRequired());
    }

    @Test
    void anOptionalPropertyOfARequestAcceptsNull() {
        Operation create =
                operation("201").requestBody(OASFactory.createRequestBody().content(json("Request")));
        OpenAPI api = api(create, operation("200"));
        Schema request = OASFactory.createSchema()
                .required(List.of("name"))
                .addProperty("name", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("note", OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        api.getComponents().schemas(Map.of("Request", request));

        filter(api);

        assertEquals(
                List.of(Schema.SchemaType.STRING),
                request.getProperties().get("name").getType());
        assertEquals(
                List.of(Schema.SchemaType.STRING, Schema.SchemaType.NULL),
                request.getProperties().get("note").getType());
    }

    private static void filter(OpenAPI api) {
        new ApiDocumentFilter().filterOpenAPI(api);
    }

    private static OpenAPI api(Operation post, Operation get) {
        return OASFactory.createOpenAPI()
                .components(OASFactory.createComponents().schemas(Map.of()))
                .paths(OASFactory.createPaths()
                        .addPathItem(
                                "/things",
                                OASFactory.createPathItem().POST(post).GET(get)));
    }

    private static Operation operation(String status) {
        return OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse(status, OASFactory.createAPIResponse().description("OK")));
    }

    private static org.eclipse.microprofile.openapi.models.media.Content json(String schema) {
        return OASFactory.createContent()
                .addMediaType(
                        "application/json",
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("#/components/schemas/" + schema)));
    }

    private static Schema object(String... properties) {
        Schema schema = OASFactory.createSchema();
        for (String property : properties) {
            schema.addProperty(property, OASFactory.createSchema());
        }
        return schema;
    }
}
