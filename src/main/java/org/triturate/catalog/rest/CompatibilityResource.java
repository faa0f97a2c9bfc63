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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triturate.catalog.CompatibilityEvidence;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.service.CompatibilityService;
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
    @Operation(summary = "List compatibility evidence, optionally for one ingredient and dosage form (every role)")
    public PageResponse<CompatibilityView> list(@QueryParam("ingredientId") String ingredientId,
                                                @QueryParam("dosageForm") String dosageForm,
                                                @QueryParam("page") String page, @QueryParam("size") String size) {
        return compatibilities.list(QueryParams.optionalId("ingredientId", ingredientId),
                QueryParams.optionalEnum("dosageForm", dosageForm, DosageForm.class), PageRequest.of(page, size))
                .map(CompatibilityView::of);
    }

    @POST
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PHARMACIST})
    @Operation(summary = "Record compatibility evidence for a pair of actives (ADMIN, PHARMACIST)")
    public Response create(@Valid @NotNull CompatibilityRequest request, UriInfo uri) {
        CompatibilityEvidence evidence = compatibilities.create(request.toDetails(), caller.username());
        // Evidence never changes, so it has no version and no ETag.
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(evidence.id)).build())
                .entity(CompatibilityView.of(evidence)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One compatibility record (every role)")
    public Response get(@PathParam("id") long id) {
        return Response.ok(CompatibilityView.of(compatibilities.get(id))).build();
    }
}
