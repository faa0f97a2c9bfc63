package org.triturate.fhir.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.triturate.common.openapi.ApiDocument;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.paging.PageResponse;
import org.triturate.common.problem.ApiException;
import org.triturate.common.rest.QueryParams;
import org.triturate.fhir.FhirJson;
import org.triturate.fhir.service.MedicationRequestQueries;
import org.triturate.fhir.service.SubmitMedicationRequest;
import org.triturate.security.CurrentUser;
import org.triturate.security.Role;

/**
 * Compounding orders as HL7 FHIR R4 MedicationRequests (docs/fhir.md): create, read, search by patient. Bodies are
 * FHIR JSON, read and written by HAPI's R4 parser; errors are OperationOutcomes ({@link OperationOutcomeFilter}).
 */
@Path(FhirMediaTypes.BASE + "/MedicationRequest")
@Tag(name = ApiDocument.Tags.FHIR)
@Produces({FhirMediaTypes.FHIR_JSON, MediaType.APPLICATION_JSON})
public class MedicationRequestResource {

    private static final String PATIENT_PREFIX = "Patient/";
    private static final Set<String> SEARCH_PARAMETERS = Set.of("patient", "_count", "_page");

    private final SubmitMedicationRequest submit;
    private final MedicationRequestQueries queries;
    private final FhirJson fhir;
    private final CurrentUser caller;

    MedicationRequestResource(
            SubmitMedicationRequest submit, MedicationRequestQueries queries, FhirJson fhir, CurrentUser caller) {
        this.submit = submit;
        this.queries = queries;
        this.fhir = fhir;
        this.caller = caller;
    }

    @POST
    @Consumes({FhirMediaTypes.FHIR_JSON, MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.PRESCRIBER})
    @Operation(
            operationId = "createMedicationRequest",
            summary = "Submit a compounding order as a FHIR MedicationRequest with one contained Medication; every "
                    + "order check runs as for POST /api/v1/orders (rule failures: 422 OperationOutcome)")
    @RequestBody(
            required = true,
            content = {
                @Content(mediaType = FhirMediaTypes.FHIR_JSON, schema = @Schema(type = SchemaType.OBJECT)),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))
            })
    @APIResponse(
            responseCode = "201",
            description = "The order as stored, as a MedicationRequest; Location names its version",
            content = @Content(mediaType = FhirMediaTypes.FHIR_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "422", ref = ApiDocument.FHIR_ERROR)
    public Response create(String body, UriInfo uri) {
        MedicationRequest stored = submit.submit(fhir.parse(MedicationRequest.class, body), caller.caller());
        String version = stored.getMeta().getVersionId();
        URI location = uri.getBaseUriBuilder()
                .path(FhirMediaTypes.BASE)
                .path("MedicationRequest")
                .path(stored.getIdElement().getIdPart())
                .path("_history")
                .path(version)
                .build();
        return Response.created(location)
                .entity(fhir.write(stored))
                .type(FhirMediaTypes.FHIR_JSON_TYPE)
                .header(HttpHeaders.ETAG, "W/\"" + version + "\"")
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.TECHNICIAN, Role.Names.PRESCRIBER})
    @Operation(
            operationId = "readMedicationRequest",
            summary = "One order as a MedicationRequest (another prescriber's order is 404)")
    @APIResponse(
            responseCode = "200",
            description = "The MedicationRequest",
            content = @Content(mediaType = FhirMediaTypes.FHIR_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", ref = ApiDocument.FHIR_ERROR)
    public Response read(@PathParam("id") String id) {
        return ok(queries.get(orderId(id), caller.prescriberId()));
    }

    @GET
    @Path("/{id}/_history/{versionId}")
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.TECHNICIAN, Role.Names.PRESCRIBER})
    @Operation(
            operationId = "readMedicationRequestVersion",
            summary = "One version of an order as a MedicationRequest, the Location a create answers: only the "
                    + "current version is kept as FHIR, an earlier one is 404 (its changes are in the order's history)")
    @APIResponse(
            responseCode = "200",
            description = "The MedicationRequest at that version",
            content = @Content(mediaType = FhirMediaTypes.FHIR_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", ref = ApiDocument.FHIR_ERROR)
    public Response readVersion(@PathParam("id") String id, @PathParam("versionId") String versionId) {
        MedicationRequest request = queries.get(orderId(id), caller.prescriberId());
        if (!request.getMeta().getVersionId().equals(versionId)) {
            throw ApiException.notFound("Version " + versionId + " of MedicationRequest");
        }
        return ok(request);
    }

    private Response ok(MedicationRequest request) {
        return Response.ok(fhir.write(request), FhirMediaTypes.FHIR_JSON_TYPE)
                .header(HttpHeaders.ETAG, "W/\"" + request.getMeta().getVersionId() + "\"")
                .build();
    }

    @GET
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.TECHNICIAN, Role.Names.PRESCRIBER})
    @Operation(
            operationId = "searchMedicationRequests",
            summary = "A searchset Bundle of the patient's orders as MedicationRequests, newest first (a PRESCRIBER "
                    + "finds only its own)")
    @Parameter(
            name = "patient",
            in = ParameterIn.QUERY,
            description = "The patient's id, or Patient/<id>; without it every order the caller may see",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(
            name = "_count",
            in = ParameterIn.QUERY,
            description = "Entries per page, 1 to 200 (default 20)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
    @Parameter(
            name = "_page",
            in = ParameterIn.QUERY,
            description = "The 0-based page; the Bundle's next and previous links carry it",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
    @APIResponse(
            responseCode = "200",
            description = "A searchset Bundle with total and one match entry per order",
            content = @Content(mediaType = FhirMediaTypes.FHIR_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Response search(UriInfo uri) {
        var parameters = uri.getQueryParameters();
        for (String name : parameters.keySet()) {
            if (!SEARCH_PARAMETERS.contains(name)) {
                throw ApiException.invalidField(
                        name, "Unknown search parameter; this server searches by " + "patient, with _count and _page");
            }
        }
        Long patientId = patientId(single(parameters.get("patient"), "patient"));
        String count = single(parameters.get("_count"), "_count");
        String page = single(parameters.get("_page"), "_page");
        PageResponse<MedicationRequest> found =
                queries.byPatient(patientId, caller.prescriberId(), PageRequest.of(page, count));
        return Response.ok(fhir.write(SearchBundles.of(found, patientId, uri)), FhirMediaTypes.FHIR_JSON_TYPE)
                .build();
    }

    private static String single(List<String> values, String name) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw ApiException.invalidField(name, "Give " + name + " once");
        }
        return values.get(0);
    }

    private static Long patientId(String patient) {
        if (patient == null) {
            return null;
        }
        String id = patient.startsWith(PATIENT_PREFIX) ? patient.substring(PATIENT_PREFIX.length()) : patient;
        return QueryParams.optionalId("patient", id);
    }

    /** A FHIR id that is not one of our order ids names no order. */
    private static long orderId(String id) {
        try {
            long orderId = Long.parseLong(id);
            if (orderId > 0) {
                return orderId;
            }
        } catch (NumberFormatException e) {
            // not one of ours
        }
        throw ApiException.notFound("MedicationRequest");
    }
}
