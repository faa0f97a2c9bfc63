package org.triturate.prescriber.rest;

import io.quarkus.security.Authenticated;
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
import org.triturate.prescriber.Prescriber;
import org.triturate.prescriber.PrescriberView;
import org.triturate.prescriber.service.PrescriberService;
import org.triturate.security.CurrentUser;
import org.triturate.security.Role;

@Path("/api/v1/prescribers")
@Tag(name = "Prescribers")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class PrescriberResource {

    private final PrescriberService prescribers;
    private final CurrentUser caller;

    PrescriberResource(PrescriberService prescribers, CurrentUser caller) {
        this.prescribers = prescribers;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listPrescribers",
            summary = "List prescribers or look one up by NPI, newest first (a PRESCRIBER finds only itself)")
    @APIResponse(responseCode = "200", description = "One page of prescribers")
    @Parameter(
            name = "npi",
            in = ParameterIn.QUERY,
            description = "The exact 10-digit NPI",
            schema = @Schema(type = SchemaType.STRING, maxLength = 10))
    @Parameter(name = ApiDocument.PAGE, in = ParameterIn.QUERY, ref = ApiDocument.PAGE)
    @Parameter(name = ApiDocument.SIZE, in = ParameterIn.QUERY, ref = ApiDocument.SIZE)
    public PageResponse<PrescriberView> list(
            @QueryParam("npi") String npi, @QueryParam("page") String page, @QueryParam("size") String size) {
        return prescribers
                .list(QueryParams.optionalText("npi", npi, 10), caller.prescriberId(), PageRequest.of(page, size))
                .map(PrescriberView::of);
    }

    @POST
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PHARMACIST})
    @Operation(operationId = "createPrescriber", summary = "Register a prescriber (ADMIN, PHARMACIST)")
    @APIResponse(
            responseCode = "201",
            description = "The prescriber registered",
            headers = {
                @Header(name = ApiDocument.LOCATION, ref = ApiDocument.LOCATION),
                @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG)
            },
            content = @Content(schema = @Schema(implementation = PrescriberView.class)))
    @APIResponse(responseCode = "409", ref = ApiDocument.CONFLICT)
    public Response create(@Valid @NotNull PrescriberRequest request, UriInfo uri) {
        Prescriber prescriber = prescribers.create(request.toDetails(), caller.username());
        return Versioned.created(uri, prescriber.id, PrescriberView.of(prescriber), prescriber.version);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getPrescriber",
            summary = "One prescriber (a PRESCRIBER reads only itself; any other is 404)")
    @APIResponse(
            responseCode = "200",
            description = "The prescriber",
            headers = @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG),
            content = @Content(schema = @Schema(implementation = PrescriberView.class)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    public Response get(@PathParam("id") long id) {
        Prescriber prescriber = prescribers.get(id, caller.prescriberId());
        return Versioned.ok(PrescriberView.of(prescriber), prescriber.version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PHARMACIST})
    @Operation(
            operationId = "updatePrescriber",
            summary = "Replace a prescriber's record, licences and DEA registrations (ADMIN, PHARMACIST, If-Match)")
    @APIResponse(
            responseCode = "200",
            description = "The prescriber as replaced",
            headers = @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG),
            content = @Content(schema = @Schema(implementation = PrescriberView.class)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocument.CONFLICT)
    public Response update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PrescriberRequest request) {
        Prescriber prescriber = prescribers.update(id, ifMatch, request.toDetails(), caller.username());
        return Versioned.ok(PrescriberView.of(prescriber), prescriber.version);
    }
}
