package org.triturate.compounding.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triturate.common.openapi.ApiDocument;
import org.triturate.compounding.WorksheetCalculator.Worksheet;
import org.triturate.compounding.service.WorksheetQuery;
import org.triturate.security.Role;

@Path("/api/v1/orders/{id}/worksheet")
@Tag(name = "Compounding")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class WorksheetResource {

    private final WorksheetQuery worksheets;

    WorksheetResource(WorksheetQuery worksheets) {
        this.worksheets = worksheets;
    }

    @GET
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.TECHNICIAN})
    @Operation(
            operationId = "getWorksheet",
            summary = "The compounding worksheet of an APPROVED order: the batch size and what to weigh of each "
                    + "ingredient (salt factor, potency and overage applied), with ALIQUOT_REQUIRED warnings; from "
                    + "COMPOUNDED on, the worksheet stored with the compounding record (PHARMACIST, TECHNICIAN)")
    @APIResponse(
            responseCode = "200",
            description = "The worksheet",
            content = @Content(schema = @Schema(implementation = Worksheet.class)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocument.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiDocument.UNPROCESSABLE)
    public Worksheet worksheet(@PathParam("id") long id) {
        return worksheets.worksheet(id);
    }
}
