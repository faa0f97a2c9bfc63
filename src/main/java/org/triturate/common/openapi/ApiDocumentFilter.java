package org.triturate.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * The parts of the OpenAPI document that follow from an operation's shape rather than from what it does, so that
 * no operation can forget them: every operation may fail with 414, 431, 500 and 503, a secured one with 401 and
 * 403, one with parameters or a body with 400, one with a body with 413 and 415, one that reads If-Match requires
 * it (428 without it, 412 when it is stale), and a secured one that changes data may answer 412 when a concurrent
 * change of the same rows kept winning at commit (TransactionConflict; the public login answers 429 instead,
 * LoginThrottle). Also the required and nullable properties that follow from how the JSON mapper reads and writes. It runs at build, so the document written to target/openapi is the one served.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiDocumentFilter implements OASFilter {

    private static final String RESPONSES = "#/components/responses/";
    private static final String SCHEMAS = "#/components/schemas/";
    /** Refusals of the HTTP layer, written as problems before any route is chosen. */
    private static final Set<String> HTTP_LAYER_STATUSES = Set.of("413", "414", "431");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        api.getPaths()
                .getPathItems()
                .forEach((name, path) -> path.getOperations()
                        .forEach((method, operation) -> addShapeResponses(api, name, path, method, operation)));
        requireAndAcceptNullAsTheMapperDoes(api);
    }

    private static void addShapeResponses(
            OpenAPI api, String pathName, PathItem path, PathItem.HttpMethod method, Operation operation) {
        // The FHIR endpoints answer what passes the HTTP layer with an OperationOutcome; the HTTP layer's own
        // refusals (413, 414, 431) come before any route knows it is FHIR, as problems.
        boolean fhir = pathName.startsWith(ApiDocument.FHIR_BASE + "/");
        APIResponses responses = operation.getResponses();
        boolean hasBody = operation.getRequestBody() != null;
        List<Parameter> parameters = parameters(path, operation);
        if (hasBody || !parameters.isEmpty()) {
            respond(responses, fhir, "400", ApiDocument.BAD_REQUEST);
        }
        List<SecurityRequirement> security =
                operation.getSecurity() != null ? operation.getSecurity() : api.getSecurity();
        if (security != null && security.stream().anyMatch(ApiDocumentFilter::namesAScheme)) {
            respond(responses, fhir, "401", ApiDocument.UNAUTHENTICATED);
            // The roles of a requirement do not reach an OpenAPI 3.0 document, so an operation open to every
            // role declares 403 too, as the generator does.
            respond(responses, fhir, "403", ApiDocument.FORBIDDEN);
            if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
                respond(responses, fhir, "412", ApiDocument.VERSION_CONFLICT);
            }
        }
        if (parameters.stream().anyMatch(p -> ApiDocument.IF_MATCH.equalsIgnoreCase(p.getName()))) {
            requireIfMatch(operation);
            respond(responses, fhir, "412", ApiDocument.VERSION_CONFLICT);
            respond(responses, fhir, "428", ApiDocument.PRECONDITION_REQUIRED);
        }
        if (hasBody) {
            respond(responses, fhir, "413", ApiDocument.PAYLOAD_TOO_LARGE);
            respond(responses, fhir, "415", ApiDocument.UNSUPPORTED_MEDIA_TYPE);
        }
        // The HTTP layer refuses an overlong request line or header block before any routing; any operation may
        // find the database unavailable.
        respond(responses, fhir, "414", ApiDocument.URI_TOO_LONG);
        respond(responses, fhir, "431", ApiDocument.HEADERS_TOO_LARGE);
        respond(responses, fhir, "500", ApiDocument.INTERNAL_ERROR);
        respond(responses, fhir, "503", ApiDocument.SERVICE_UNAVAILABLE);
        sortByStatus(responses);
    }

    /** Statuses in ascending order, whichever part of the build declared them, so that the document is stable. */
    private static void sortByStatus(APIResponses responses) {
        responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
    }

    private static List<Parameter> parameters(PathItem path, Operation operation) {
        List<Parameter> all = new ArrayList<>();
        if (path.getParameters() != null) {
            all.addAll(path.getParameters());
        }
        if (operation.getParameters() != null) {
            all.addAll(operation.getParameters());
        }
        return all;
    }

    /** An empty requirement ({@code {}}) is how a public operation says it needs none. */
    private static boolean namesAScheme(SecurityRequirement requirement) {
        return requirement.getSchemes() != null && !requirement.getSchemes().isEmpty();
    }

    /** The generated If-Match parameter is replaced by the shared one, which is required. */
    private static void requireIfMatch(Operation operation) {
        List<Parameter> parameters = new ArrayList<>(operation.getParameters());
        parameters.replaceAll(p -> ApiDocument.IF_MATCH.equalsIgnoreCase(p.getName())
                ? OASFactory.createParameter().ref(ApiDocument.IF_MATCH)
                : p);
        operation.setParameters(parameters);
    }

    /** The shared problem response; it replaces the bare 400/401/403 that the generator adds on its own. */
    /** The shared response of that status, or under the FHIR base the OperationOutcome where FHIR answers it. */
    private static void respond(APIResponses responses, boolean fhir, String status, String name) {
        respond(responses, status, fhir && !HTTP_LAYER_STATUSES.contains(status) ? ApiDocument.FHIR_ERROR : name);
    }

    private static void respond(APIResponses responses, String status, String name) {
        responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(RESPONSES + name));
    }

    /**
     * The JSON mapper writes every property of a view, null or not, so every property of a schema that only
     * responses use is required (null ones are declared nullable where they are); an optional property of a schema
     * that only requests use accepts null. Schemas used both ways keep their bean-validation constraints.
     */
    private static void requireAndAcceptNullAsTheMapperDoes(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        Set<String> requestSchemas = new HashSet<>();
        Set<String> responseSchemas = new HashSet<>();
        api.getPaths()
                .getPathItems()
                .values()
                .forEach(path -> path.getOperations().values().forEach(operation -> {
                    if (operation.getRequestBody() != null) {
                        collect(operation.getRequestBody().getContent(), schemas, requestSchemas);
                    }
                    if (operation.getParameters() != null) {
                        operation.getParameters().forEach(p -> reach(p.getSchema(), schemas, requestSchemas));
                    }
                    operation
                            .getResponses()
                            .getAPIResponses()
                            .values()
                            .forEach(response -> collect(response.getContent(), schemas, responseSchemas));
                }));
        if (api.getComponents().getResponses() != null) {
            api.getComponents()
                    .getResponses()
                    .values()
                    .forEach(response -> collect(response.getContent(), schemas, responseSchemas));
        }
        Set<String> requestOnly = new HashSet<>(requestSchemas);
        requestOnly.removeAll(responseSchemas);
        responseSchemas.removeAll(requestSchemas);
        responseSchemas.stream()
                .map(schemas::get)
                .filter(schema -> schema.getProperties() != null
                        && !schema.getProperties().isEmpty())
                .filter(schema ->
                        schema.getRequired() == null || schema.getRequired().isEmpty())
                .forEach(schema ->
                        schema.setRequired(List.copyOf(schema.getProperties().keySet())));
        requestOnly.stream()
                .map(schemas::get)
                .filter(schema -> schema != null && schema.getProperties() != null)
                .forEach(ApiDocumentFilter::acceptNullForOptionalProperties);
    }

    /** The JSON reader takes an explicit null for an optional property of a request as its absence. */
    private static void acceptNullForOptionalProperties(Schema schema) {
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
        properties.replaceAll((name, property) -> required.contains(name) ? property : nullable(property));
        schema.setProperties(properties);
    }

    private static Schema nullable(Schema property) {
        if (property.getRef() != null) {
            return OASFactory.createSchema()
                    .addAnyOf(property)
                    .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
        }
        if (property.getType() != null && !property.getType().contains(Schema.SchemaType.NULL)) {
            property.addType(Schema.SchemaType.NULL);
        }
        return property;
    }

    private static void collect(Content content, Map<String, Schema> schemas, Set<String> reached) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(mediaType -> reach(mediaType.getSchema(), schemas, reached));
        }
    }

    /** Adds the names of every component schema reachable from {@code root}. */
    private static void reach(Schema root, Map<String, Schema> schemas, Set<String> reached) {
        Deque<Schema> pending = new ArrayDeque<>();
        if (root != null) {
            pending.push(root);
        }
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(SCHEMAS)) {
                String name = ref.substring(SCHEMAS.length());
                if (reached.add(name) && schemas.containsKey(name)) {
                    pending.push(schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(pending::push);
            }
            if (schema.getItems() != null) {
                pending.push(schema.getItems());
            }
            for (List<Schema> group : new List[] {schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()}) {
                if (group != null) {
                    group.forEach(pending::push);
                }
            }
            if (schema.getAdditionalPropertiesSchema() != null) {
                pending.push(schema.getAdditionalPropertiesSchema());
            }
        }
    }
}
