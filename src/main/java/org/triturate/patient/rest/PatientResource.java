package org.triturate.patient.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triturate.common.openapi.ApiDocument;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.paging.PageResponse;
import org.triturate.common.rest.QueryParams;
import org.triturate.common.rest.Versioned;
import org.triturate.patient.Patient;
import org.triturate.patient.PatientView;
import org.triturate.patient.service.PatientService;
import org.triturate.security.CurrentUser;
import org.triturate.security.Role;

@Path("/api/v1/patients")
@Tag(name = "Patients")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PHARMACIST, Role.Names.PRESCRIBER})
public class PatientResource {

    private final PatientService patients;
    private final CurrentUser caller;

    PatientResource(PatientService patients, CurrentUser caller) {
        this.patients = patients;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.TECHNICIAN, Role.Names.PRESCRIBER})
    @Operation(
            operationId = "searchPatients",
            summary = "Search patients by name, newest first (a PRESCRIBER sees only its own patients)")
    @APIResponse(responseCode = "200", description = "One page of patients")
    @Parameter(
            name = "q",
            in = ParameterIn.QUERY,
            description = "Part of the first or last name",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    @Parameter(name = ApiDocument.PAGE, in = ParameterIn.QUERY, ref = ApiDocument.PAGE)
    @Parameter(name = ApiDocument.SIZE, in = ParameterIn.QUERY, ref = ApiDocument.SIZE)
    public PageResponse<PatientView> search(
            @QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size) {
        return patients.search(QueryParams.optionalText("q", q, 200), caller.prescriberId(), PageRequest.of(page, size))
                .map(PatientView::of);
    }

    @POST
    @Operation(operationId = "createPatient", summary = "Register a patient (PHARMACIST, PRESCRIBER)")
    @APIResponse(
            responseCode = "201",
            description = "The patient registered",
            headers = {
                @Header(name = ApiDocument.LOCATION, ref = ApiDocument.LOCATION),
                @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG)
            },
            content = @Content(schema = @Schema(implementation = PatientView.class)))
    @APIResponse(responseCode = "422", ref = ApiDocument.UNPROCESSABLE)
    public Response create(@Valid @NotNull PatientRequest request, UriInfo uri) {
        Patient patient = patients.create(request.toDetails(), caller.prescriberId(), caller.username());
        return Versioned.created(uri, patient.id, PatientView.of(patient), patient.version);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.TECHNICIAN, Role.Names.PRESCRIBER})
    @Operation(
            operationId = "getPatient",
            summary = "One patient (a PRESCRIBER reads only its own patients; any other is 404)")
    @APIResponse(
            responseCode = "200",
            description = "The patient",
            headers = @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG),
            content = @Content(schema = @Schema(implementation = PatientView.class)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    public Response get(@PathParam("id") long id) {
        Patient patient = patients.get(id, caller.prescriberId());
        return Versioned.ok(PatientView.of(patient), patient.version);
    }

    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "updatePatient",
            summary = "Replace a patient's record and allergies (PHARMACIST, PRESCRIBER for its own, If-Match)")
    @APIResponse(
            responseCode = "200",
            description = "The patient as replaced",
            headers = @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG),
            content = @Content(schema = @Schema(implementation = PatientView.class)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiDocument.UNPROCESSABLE)
    public Response update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PatientRequest request) {
        Patient patient = patients.update(id, ifMatch, request.toDetails(), caller.prescriberId(), caller.username());
        return Versioned.ok(PatientView.of(patient), patient.version);
    }
}
