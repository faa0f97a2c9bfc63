package org.triturate.fhir.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Date;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triturate.common.openapi.ApiDocument;
import org.triturate.fhir.FhirJson;
import org.triturate.fhir.ServerCapabilities;

/** The FHIR capability statement: public, as FHIR clients read it before they sign in. */
@Path(FhirMediaTypes.BASE + "/metadata")
@Tag(name = ApiDocument.Tags.FHIR)
@Produces({FhirMediaTypes.FHIR_JSON, MediaType.APPLICATION_JSON})
public class MetadataResource {

    /** The statement's date: when this instance started serving it. */
    private final Date since = new Date();

    private final FhirJson fhir;

    MetadataResource(FhirJson fhir) {
        this.fhir = fhir;
    }

    @GET
    @PermitAll
    @SecurityRequirementsSet
    @Operation(
            operationId = "fhirCapabilities",
            summary = "The FHIR R4 CapabilityStatement: MedicationRequest create, read and search by patient (no "
                    + "token needed)")
    @APIResponse(
            responseCode = "200",
            description = "The CapabilityStatement",
            content = @Content(mediaType = FhirMediaTypes.FHIR_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Response capabilities() {
        return Response.ok(fhir.write(ServerCapabilities.statement(since)), FhirMediaTypes.FHIR_JSON_TYPE)
                .build();
    }
}
