package org.triturate.catalog.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.triturate.catalog.CompatibilityEvidence;
import org.triturate.catalog.CompatibilityView;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.service.CompatibilityService;
import org.triturate.common.openapi.ApiDocument;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.paging.PageResponse;
import org.triturate.common.rest.QueryParams;
import org.triturate.security.CurrentUser;
import org.triturate.security.Role;

@Path("/api/v1/compatibilities")
@Tag(name = "Catalog")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CompatibilityResource {

    private final CompatibilityService compatibilities;
    private final CurrentUser caller;

    CompatibilityResource(CompatibilityService compatibilities, CurrentUser caller) {
        this.compatibilities = compatibilities;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listCompatibilities",
            summary = "List compatibility evidence, optionally for one ingredient and dosage form (every role)")
    @APIResponse(responseCode = "200", description = "One page of compatibility evidence")
    @Parameter(
            name = "ingredientId",
            in = ParameterIn.QUERY,
            description = "Only evidence about this ingredient",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
    @Parameter(
            name = "dosageForm",
            in = ParameterIn.QUERY,
            description = "Only evidence for this dosage form",
            schema = @Schema(implementation = DosageForm.class))
    @Parameter(name = ApiDocument.PAGE, in = ParameterIn.QUERY, ref = ApiDocument.PAGE)
    @Parameter(name = ApiDocument.SIZE, in = ParameterIn.QUERY, ref = ApiDocument.SIZE)
    public PageResponse<CompatibilityView> list(
            @QueryParam("ingredientId") String ingredientId,
            @QueryParam("dosageForm") String dosageForm,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return compatibilities
                .list(
                        QueryParams.optionalId("ingredientId", ingredientId),
                        QueryParams.optionalEnum("dosageForm", dosageForm, DosageForm.class),
                        PageRequest.of(page, size))
                .map(CompatibilityView::of);
    }

    @POST
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PHARMACIST})
    @Operation(
            operationId = "createCompatibility",
            summary = "Record compatibility evidence for a pair of actives (ADMIN, PHARMACIST)")
    @APIResponse(
            responseCode = "201",
            description = "The evidence recorded; it never changes, so it has no ETag",
            headers = @Header(name = ApiDocument.LOCATION, ref = ApiDocument.LOCATION),
            content = @Content(schema = @Schema(implementation = CompatibilityView.class)))
    @APIResponse(responseCode = "422", ref = ApiDocument.UNPROCESSABLE)
    public Response create(@Valid @NotNull CompatibilityRequest request, UriInfo uri) {
        CompatibilityEvidence evidence = compatibilities.create(request.toDetails(), caller.username());
        // Evidence never changes, so it has no version and no ETag.
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(evidence.id))
                        .build())
                .entity(CompatibilityView.of(evidence))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCompatibility", summary = "One compatibility record (every role)")
    @APIResponse(
            responseCode = "200",
            description = "The compatibility record",
            content = @Content(schema = @Schema(implementation = CompatibilityView.class)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    public Response get(@PathParam("id") long id) {
        return Response.ok(CompatibilityView.of(compatibilities.get(id))).build();
    }
}
