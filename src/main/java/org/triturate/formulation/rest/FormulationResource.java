package org.triturate.formulation.rest;

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
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triturate.catalog.DosageForm;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.paging.PageResponse;
import org.triturate.common.rest.QueryParams;
import org.triturate.formulation.FormulationStatus;
import org.triturate.formulation.FormulationView;
import org.triturate.formulation.MasterFormulation;
import org.triturate.formulation.service.CreateFormulation;
import org.triturate.formulation.service.FormulationQueries;
import org.triturate.formulation.service.ReviseFormulation;
import org.triturate.security.CurrentUser;
import org.triturate.security.Role;

/** Master formulation records (../shared/api.md §5): PHARMACIST writes, PHARMACIST and TECHNICIAN read. */
@Path("/api/v1/formulations")
@Tag(name = "Formulations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class FormulationResource {

    private final CreateFormulation createFormulation;
    private final ReviseFormulation reviseFormulation;
    private final FormulationQueries formulations;
    private final CurrentUser caller;

    FormulationResource(CreateFormulation createFormulation, ReviseFormulation reviseFormulation,
                        FormulationQueries formulations, CurrentUser caller) {
        this.createFormulation = createFormulation;
        this.reviseFormulation = reviseFormulation;
        this.formulations = formulations;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Role.Names.PHARMACIST)
    @Operation(summary = "Create a master formulation record; its first version is ACTIVE (PHARMACIST)")
    public Response create(@Valid @NotNull FormulationRequest request, UriInfo uri) {
        return created(uri.getBaseUriBuilder().path(FormulationResource.class),
                createFormulation.create(request.draft(), caller.username()));
    }

    @POST
    @Path("/{id}/versions")
    @RolesAllowed(Role.Names.PHARMACIST)
    @Operation(summary = "Create the next version of the record of this ACTIVE version, which becomes RETIRED "
            + "(PHARMACIST)")
    public Response revise(@PathParam("id") long id, @Valid @NotNull FormulationRequest request, UriInfo uri) {
        return created(uri.getBaseUriBuilder().path(FormulationResource.class),
                reviseFormulation.revise(id, request.draft(), caller.username()));
    }

    @GET
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.TECHNICIAN})
    @Operation(summary = "List formulation versions, newest first, by ingredient, dosage form or status "
            + "(PHARMACIST, TECHNICIAN)")
    public PageResponse<FormulationView> list(@QueryParam("ingredientId") String ingredientId,
                                              @QueryParam("dosageForm") String dosageForm,
                                              @QueryParam("status") String status,
                                              @QueryParam("page") String page, @QueryParam("size") String size) {
        return formulations.list(QueryParams.optionalId("ingredientId", ingredientId),
                QueryParams.optionalEnum("dosageForm", dosageForm, DosageForm.class),
                QueryParams.optionalEnum("status", status, FormulationStatus.class), PageRequest.of(page, size))
                .map(FormulationView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.TECHNICIAN})
    @Operation(summary = "One formulation version (PHARMACIST, TECHNICIAN)")
    public FormulationView get(@PathParam("id") long id) {
        return FormulationView.of(formulations.get(id));
    }

    /** A version never changes, so it has no ETag. */
    private static Response created(UriBuilder collection, MasterFormulation formulation) {
        return Response.created(collection.path(String.valueOf(formulation.id)).build())
                .entity(FormulationView.of(formulation)).build();
    }
}
