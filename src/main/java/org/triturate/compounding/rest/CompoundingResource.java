package org.triturate.compounding.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triturate.common.openapi.ApiDocument;
import org.triturate.common.rest.Versioned;
import org.triturate.compounding.service.DispenseOrder;
import org.triturate.compounding.service.RecordCompounding;
import org.triturate.compounding.service.VerifyPreparation;
import org.triturate.order.CompoundingOrder;
import org.triturate.order.OrderView;
import org.triturate.security.CurrentUser;
import org.triturate.security.Role;

/** Compounding, verification and dispensing of an order; each answers the whole order with its new ETag. */
@Path("/api/v1/orders/{id}")
@Tag(name = "Compounding")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CompoundingResource {

    private final RecordCompounding recordCompounding;
    private final VerifyPreparation verifyPreparation;
    private final DispenseOrder dispenseOrder;
    private final CurrentUser caller;

    CompoundingResource(
            RecordCompounding recordCompounding,
            VerifyPreparation verifyPreparation,
            DispenseOrder dispenseOrder,
            CurrentUser caller) {
        this.recordCompounding = recordCompounding;
        this.verifyPreparation = verifyPreparation;
        this.dispenseOrder = dispenseOrder;
        this.caller = caller;
    }

    @POST
    @Path("/compounding-record")
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.TECHNICIAN})
    @Operation(
            operationId = "recordCompounding",
            summary = "Record the compounding of an APPROVED order: component lots, yield, quality control "
                    + "(If-Match; PHARMACIST, TECHNICIAN). The order becomes COMPOUNDED with a preparation lot and its "
                    + "beyond-use date")
    @APIResponse(
            responseCode = "200",
            description = "The order, COMPOUNDED",
            headers = @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG),
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocument.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiDocument.UNPROCESSABLE)
    public Response record(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CompoundingRecordRequest request) {
        return versioned(recordCompounding.record(id, ifMatch, request.draft(), caller.caller()));
    }

    @POST
    @Path("/verification")
    @RolesAllowed(Role.Names.PHARMACIST)
    @Operation(
            operationId = "verifyPreparation",
            summary = "Verify a preparation (If-Match; PHARMACIST other than the one who compounded it): RELEASE "
                    + "a COMPOUNDED order whose quality control passed, or REJECT a COMPOUNDED or VERIFIED one back to "
                    + "APPROVED")
    @APIResponse(
            responseCode = "200",
            description = "The order, VERIFIED or back to APPROVED",
            headers = @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG),
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocument.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiDocument.UNPROCESSABLE)
    public Response verify(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull VerificationRequest request) {
        return versioned(verifyPreparation.verify(id, ifMatch, request.decision(), request.note(), caller.caller()));
    }

    @POST
    @Path("/dispense")
    @RolesAllowed(Role.Names.PHARMACIST)
    @Operation(
            operationId = "dispenseOrder",
            summary = "Dispense a VERIFIED order up to its beyond-use date (If-Match; PHARMACIST); no body")
    @APIResponse(
            responseCode = "200",
            description = "The order, DISPENSED",
            headers = @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG),
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocument.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiDocument.UNPROCESSABLE)
    public Response dispense(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return versioned(dispenseOrder.dispense(id, ifMatch, caller.caller()));
    }

    private static Response versioned(CompoundingOrder order) {
        return Versioned.ok(OrderView.of(order), order.version);
    }
}
