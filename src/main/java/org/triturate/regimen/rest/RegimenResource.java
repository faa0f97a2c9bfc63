package org.triturate.regimen.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triturate.common.openapi.ApiDocument;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.paging.PageResponse;
import org.triturate.common.rest.QueryParams;
import org.triturate.common.rest.Versioned;
import org.triturate.order.rest.IdempotencyKeyHeader;
import org.triturate.order.rest.RequestHash;
import org.triturate.regimen.RegimenDetails;
import org.triturate.regimen.RegimenView;
import org.triturate.regimen.service.CancelRegimen;
import org.triturate.regimen.service.RegimenQueries;
import org.triturate.regimen.service.StartRegimen;
import org.triturate.security.CurrentUser;
import org.triturate.security.Role;

@Path("/api/v1/regimens")
@Tag(name = "Regimens")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class RegimenResource {

    private final StartRegimen startRegimen;
    private final CancelRegimen cancelRegimen;
    private final RegimenQueries regimens;
    private final RequestHash requestHash;
    private final CurrentUser caller;

    RegimenResource(
            StartRegimen startRegimen,
            CancelRegimen cancelRegimen,
            RegimenQueries regimens,
            RequestHash requestHash,
            CurrentUser caller) {
        this.startRegimen = startRegimen;
        this.cancelRegimen = cancelRegimen;
        this.regimens = regimens;
        this.requestHash = requestHash;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.PRESCRIBER})
    @Operation(
            operationId = "startRegimen",
            summary = "Start a titration or taper: one SUBMITTED order per step, each checked by every order rule, "
                    + "and the schedule by the regimen rules; all or nothing, every failure reported at once (a step's "
                    + "with its 1-based step). PRESCRIBER for itself; PHARMACIST transcribing, with prescriberId and "
                    + "receivedVia. A repeat with the same Idempotency-Key and body answers 200 with the regimen "
                    + "first created")
    @Parameter(
            in = ParameterIn.HEADER,
            name = IdempotencyKeyHeader.NAME,
            description = "1 to 255 visible ASCII characters, scoped to the calling user",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(
            responseCode = "201",
            description = "The regimen, ACTIVE, with the order of every step",
            headers = {
                @Header(name = ApiDocument.LOCATION, ref = ApiDocument.LOCATION),
                @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG)
            },
            content = @Content(schema = @Schema(implementation = RegimenView.class)))
    @APIResponse(
            responseCode = "200",
            description = "A repeat of an earlier request with the same Idempotency-Key and body: the regimen it "
                    + "created",
            headers = @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG),
            content = @Content(schema = @Schema(implementation = RegimenView.class)))
    @APIResponse(responseCode = "422", ref = ApiDocument.UNPROCESSABLE)
    public Response start(@Valid @NotNull RegimenRequest request, HttpHeaders headers, UriInfo uri) {
        String key = IdempotencyKeyHeader.of(headers);
        StartRegimen.Started started = startRegimen.start(
                request.prescription(), key, key == null ? null : requestHash.of(request), caller.caller());
        RegimenView regimen = RegimenView.of(started.regimen());
        return started.created()
                ? Versioned.created(uri, regimen.id(), regimen, regimen.version())
                : Versioned.ok(regimen, regimen.version());
    }

    @GET
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.TECHNICIAN, Role.Names.PRESCRIBER})
    @Operation(
            operationId = "listRegimens",
            summary = "List regimens, newest first, by patient or prescriber (a PRESCRIBER lists only its own)")
    @APIResponse(responseCode = "200", description = "One page of regimens")
    @Parameter(
            name = "patientId",
            in = ParameterIn.QUERY,
            description = "Only regimens of this patient",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
    @Parameter(
            name = "prescriberId",
            in = ParameterIn.QUERY,
            description = "Only regimens of this prescriber",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
    @Parameter(name = ApiDocument.PAGE, in = ParameterIn.QUERY, ref = ApiDocument.PAGE)
    @Parameter(name = ApiDocument.SIZE, in = ParameterIn.QUERY, ref = ApiDocument.SIZE)
    public PageResponse<RegimenView> list(
            @QueryParam("patientId") String patientId,
            @QueryParam("prescriberId") String prescriberId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return regimens.list(
                        QueryParams.optionalId("patientId", patientId),
                        QueryParams.optionalId("prescriberId", prescriberId),
                        caller.prescriberId(),
                        PageRequest.of(page, size))
                .map(RegimenView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.TECHNICIAN, Role.Names.PRESCRIBER})
    @Operation(
            operationId = "getRegimen",
            summary = "One regimen with its steps and their orders (another prescriber's regimen is 404)")
    @APIResponse(
            responseCode = "200",
            description = "The regimen",
            headers = @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG),
            content = @Content(schema = @Schema(implementation = RegimenView.class)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    public Response get(@PathParam("id") long id) {
        return ok(regimens.get(id, caller.prescriberId()));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.PRESCRIBER})
    @Operation(
            operationId = "cancelRegimen",
            summary = "Cancel an ACTIVE regimen (If-Match of the regimen): every step order that can still be "
                    + "cancelled is CANCELLED, with the reason when one is given (a PRESCRIBER cancels only its own)")
    @APIResponse(
            responseCode = "200",
            description = "The regimen, CANCELLED",
            headers = @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG),
            content = @Content(schema = @Schema(implementation = RegimenView.class)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocument.CONFLICT)
    public Response cancel(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = false) @Valid RegimenCancelRequest request) {
        return ok(cancelRegimen.cancel(id, ifMatch, request == null ? null : request.reason(), caller.caller()));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.TECHNICIAN, Role.Names.PRESCRIBER})
    @Operation(
            operationId = "getRegimenHistory",
            summary = "Every change of the regimen (created, cancelled), oldest first, from the append-only audit "
                    + "trail; each step order keeps its own history")
    @APIResponse(
            responseCode = "200",
            description = "Every change of the regimen, oldest first",
            content = @Content(schema = @Schema(implementation = RegimenHistoryView.class)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    public RegimenHistoryView history(@PathParam("id") long id) {
        return new RegimenHistoryView(regimens.history(id, caller.prescriberId()).stream()
                .map(RegimenHistoryEntry::of)
                .toList());
    }

    private static Response ok(RegimenDetails regimen) {
        RegimenView view = RegimenView.of(regimen);
        return Versioned.ok(view, view.version());
    }

    /** {@code {"items": [...]}}, oldest first. */
    public record RegimenHistoryView(List<RegimenHistoryEntry> items) {}
}
