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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triturate.catalog.DosageForm;
import org.triturate.common.openapi.ApiDocument;
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

/** Master formulation records (docs/order-lifecycle.md): PHARMACIST writes, PHARMACIST and TECHNICIAN read. */
@Path("/api/v1/formulations")
@Tag(name = "Formulations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class FormulationResource {

    /** MFR-000042: the record_number column's width. */
    private static final int RECORD_NUMBER_LENGTH = 20;

    private final CreateFormulation createFormulation;
    private final ReviseFormulation reviseFormulation;
    private final FormulationQueries formulations;
    private final CurrentUser caller;

    FormulationResource(
            CreateFormulation createFormulation,
            ReviseFormulation reviseFormulation,
            FormulationQueries formulations,
            CurrentUser caller) {
        this.createFormulation = createFormulation;
        this.reviseFormulation = reviseFormulation;
        this.formulations = formulations;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Role.Names.PHARMACIST)
    @Operation(
            operationId = "createFormulation",
            summary = "Create a master formulation record; its first version is ACTIVE (PHARMACIST)")
    @APIResponse(
            responseCode = "201",
            description = "The first version, ACTIVE; a version never changes, so it has " + "no ETag",
            headers = @Header(name = ApiDocument.LOCATION, ref = ApiDocument.LOCATION),
            content = @Content(schema = @Schema(implementation = FormulationView.class)))
    @APIResponse(responseCode = "422", ref = ApiDocument.UNPROCESSABLE)
    public Response create(@Valid @NotNull FormulationRequest request, UriInfo uri) {
        return created(
                uri.getBaseUriBuilder().path(FormulationResource.class),
                createFormulation.create(request.draft(), caller.username()));
    }

    @POST
    @Path("/{id}/versions")
    @RolesAllowed(Role.Names.PHARMACIST)
    @Operation(
            operationId = "reviseFormulation",
            summary = "Create the next version of the record of this ACTIVE version, which becomes RETIRED "
                    + "(PHARMACIST)")
    @APIResponse(
            responseCode = "201",
            description = "The next version, ACTIVE; a version never changes, so it has " + "no ETag",
            headers = @Header(name = ApiDocument.LOCATION, ref = ApiDocument.LOCATION),
            content = @Content(schema = @Schema(implementation = FormulationView.class)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocument.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiDocument.UNPROCESSABLE)
    public Response revise(@PathParam("id") long id, @Valid @NotNull FormulationRequest request, UriInfo uri) {
        return created(
                uri.getBaseUriBuilder().path(FormulationResource.class),
                reviseFormulation.revise(id, request.draft(), caller.username()));
    }

    @GET
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.TECHNICIAN})
    @Operation(
            operationId = "listFormulations",
            summary = "List formulation versions, newest first, by ingredient, dosage form, status or record "
                    + "(PHARMACIST, TECHNICIAN)")
    @APIResponse(responseCode = "200", description = "One page of formulation versions")
    @Parameter(
            name = "ingredientId",
            in = ParameterIn.QUERY,
            description = "Only versions using this ingredient",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
    @Parameter(
            name = "dosageForm",
            in = ParameterIn.QUERY,
            description = "Only versions of this dosage form",
            schema = @Schema(implementation = DosageForm.class))
    @Parameter(
            name = "status",
            in = ParameterIn.QUERY,
            description = "Only versions in this status",
            schema = @Schema(implementation = FormulationStatus.class))
    @Parameter(
            name = "recordNumber",
            in = ParameterIn.QUERY,
            description = "Only the versions of this master formulation record (every version of MFR-000042)",
            schema = @Schema(type = SchemaType.STRING, maxLength = 20, example = "MFR-000042"))
    @Parameter(name = ApiDocument.PAGE, in = ParameterIn.QUERY, ref = ApiDocument.PAGE)
    @Parameter(name = ApiDocument.SIZE, in = ParameterIn.QUERY, ref = ApiDocument.SIZE)
    public PageResponse<FormulationView> list(
            @QueryParam("ingredientId") String ingredientId,
            @QueryParam("dosageForm") String dosageForm,
            @QueryParam("status") String status,
            @QueryParam("recordNumber") String recordNumber,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return formulations
                .list(
                        QueryParams.optionalId("ingredientId", ingredientId),
                        QueryParams.optionalEnum("dosageForm", dosageForm, DosageForm.class),
                        QueryParams.optionalEnum("status", status, FormulationStatus.class),
                        QueryParams.optionalText("recordNumber", recordNumber, RECORD_NUMBER_LENGTH),
                        PageRequest.of(page, size))
                .map(FormulationView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.TECHNICIAN})
    @Operation(operationId = "getFormulation", summary = "One formulation version (PHARMACIST, TECHNICIAN)")
    @APIResponse(
            responseCode = "200",
            description = "The formulation version",
            content = @Content(schema = @Schema(implementation = FormulationView.class)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    public FormulationView get(@PathParam("id") long id) {
        return FormulationView.of(formulations.get(id));
    }

    /** A version never changes, so it has no ETag. */
    private static Response created(UriBuilder collection, MasterFormulation formulation) {
        return Response.created(collection.path(String.valueOf(formulation.id)).build())
                .entity(FormulationView.of(formulation))
                .build();
    }
}
