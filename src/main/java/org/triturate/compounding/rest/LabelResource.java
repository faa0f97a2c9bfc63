package org.triturate.compounding.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triturate.common.openapi.ApiDocument;
import org.triturate.compounding.LabelPdf;
import org.triturate.compounding.service.PrintLabel;
import org.triturate.security.Role;

@Path("/api/v1/orders/{id}/label")
@Tag(name = "Compounding")
@Authenticated
public class LabelResource {

    static final String PDF = "application/pdf";

    private final PrintLabel printLabel;

    LabelResource(PrintLabel printLabel) {
        this.printLabel = printLabel;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.TECHNICIAN})
    @Operation(
            operationId = "getLabel",
            summary = "The dispensing label of a VERIFIED (or DISPENSED) order; Accept: application/pdf gives the "
                    + "same label as a PDF (PHARMACIST, TECHNICIAN)")
    @APIResponse(
            responseCode = "200",
            description = "The label",
            content = @Content(schema = @Schema(implementation = LabelView.class)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocument.CONFLICT)
    public LabelView label(@PathParam("id") long id) {
        return LabelView.of(printLabel.label(id));
    }

    @GET
    @Produces(PDF)
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.TECHNICIAN})
    @Operation(operationId = "getLabelPdf", summary = "The dispensing label as a PDF")
    @APIResponse(
            responseCode = "200",
            description = "The label as a PDF",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocument.CONFLICT)
    public byte[] labelPdf(@PathParam("id") long id) {
        return LabelPdf.render(label(id).lines());
    }
}
