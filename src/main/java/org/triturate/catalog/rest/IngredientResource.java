package org.triturate.catalog.rest;

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
import org.triturate.catalog.Ingredient;
import org.triturate.catalog.IngredientRole;
import org.triturate.catalog.IngredientView;
import org.triturate.catalog.service.IngredientService;
import org.triturate.common.openapi.ApiDocument;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.paging.PageResponse;
import org.triturate.common.rest.QueryParams;
import org.triturate.common.rest.Versioned;
import org.triturate.security.CurrentUser;
import org.triturate.security.Role;

@Path("/api/v1/ingredients")
@Tag(name = "Catalog")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class IngredientResource {

    private final IngredientService ingredients;
    private final CurrentUser caller;

    IngredientResource(IngredientService ingredients, CurrentUser caller) {
        this.ingredients = ingredients;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "searchIngredients",
            summary = "Search ingredients by name (q) and role, newest first (every role)")
    @APIResponse(responseCode = "200", description = "One page of ingredients")
    @Parameter(
            name = "q",
            in = ParameterIn.QUERY,
            description = "Part of the name",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    @Parameter(
            name = "role",
            in = ParameterIn.QUERY,
            description = "Only ingredients of this role",
            schema = @Schema(implementation = IngredientRole.class))
    @Parameter(name = ApiDocument.PAGE, in = ParameterIn.QUERY, ref = ApiDocument.PAGE)
    @Parameter(name = ApiDocument.SIZE, in = ParameterIn.QUERY, ref = ApiDocument.SIZE)
    public PageResponse<IngredientView> search(
            @QueryParam("q") String q,
            @QueryParam("role") String role,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return ingredients
                .search(
                        QueryParams.optionalText("q", q, 200),
                        QueryParams.optionalEnum("role", role, IngredientRole.class),
                        PageRequest.of(page, size))
                .map(IngredientView::of);
    }

    @POST
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PHARMACIST})
    @Operation(operationId = "createIngredient", summary = "Record an ingredient (ADMIN, PHARMACIST)")
    @APIResponse(
            responseCode = "201",
            description = "The ingredient recorded",
            headers = {
                @Header(name = ApiDocument.LOCATION, ref = ApiDocument.LOCATION),
                @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG)
            },
            content = @Content(schema = @Schema(implementation = IngredientView.class)))
    @APIResponse(responseCode = "422", ref = ApiDocument.UNPROCESSABLE)
    public Response create(@Valid @NotNull IngredientRequest request, UriInfo uri) {
        Ingredient ingredient = ingredients.create(request.toDetails(), caller.username());
        return Versioned.created(uri, ingredient.id, IngredientView.of(ingredient), ingredient.version);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getIngredient", summary = "One ingredient (every role)")
    @APIResponse(
            responseCode = "200",
            description = "The ingredient",
            headers = @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG),
            content = @Content(schema = @Schema(implementation = IngredientView.class)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    public Response get(@PathParam("id") long id) {
        Ingredient ingredient = ingredients.get(id);
        return Versioned.ok(IngredientView.of(ingredient), ingredient.version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PHARMACIST})
    @Operation(operationId = "updateIngredient", summary = "Replace an ingredient (ADMIN, PHARMACIST, If-Match)")
    @APIResponse(
            responseCode = "200",
            description = "The ingredient as replaced",
            headers = @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG),
            content = @Content(schema = @Schema(implementation = IngredientView.class)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiDocument.UNPROCESSABLE)
    public Response update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull IngredientRequest request) {
        Ingredient ingredient = ingredients.update(id, ifMatch, request.toDetails(), caller.username());
        return Versioned.ok(IngredientView.of(ingredient), ingredient.version);
    }
}
