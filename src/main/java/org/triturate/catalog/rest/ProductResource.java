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
import org.triturate.catalog.CommercialProduct;
import org.triturate.catalog.ProductView;
import org.triturate.catalog.service.ProductService;
import org.triturate.common.openapi.ApiDocument;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.paging.PageResponse;
import org.triturate.common.rest.QueryParams;
import org.triturate.common.rest.Versioned;
import org.triturate.security.CurrentUser;
import org.triturate.security.Role;

@Path("/api/v1/products")
@Tag(name = "Catalog")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ProductResource {

    private final ProductService products;
    private final CurrentUser caller;

    ProductResource(ProductService products, CurrentUser caller) {
        this.products = products;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listProducts",
            summary = "List commercial products, optionally of one ingredient, newest first (every role)")
    @APIResponse(responseCode = "200", description = "One page of commercial products")
    @Parameter(
            name = "ingredientId",
            in = ParameterIn.QUERY,
            description = "Only products of this ingredient",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
    @Parameter(name = ApiDocument.PAGE, in = ParameterIn.QUERY, ref = ApiDocument.PAGE)
    @Parameter(name = ApiDocument.SIZE, in = ParameterIn.QUERY, ref = ApiDocument.SIZE)
    public PageResponse<ProductView> list(
            @QueryParam("ingredientId") String ingredientId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return products.list(QueryParams.optionalId("ingredientId", ingredientId), PageRequest.of(page, size))
                .map(ProductView::of);
    }

    @POST
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PHARMACIST})
    @Operation(operationId = "createProduct", summary = "Record a commercial product (ADMIN, PHARMACIST)")
    @APIResponse(
            responseCode = "201",
            description = "The product recorded",
            headers = {
                @Header(name = ApiDocument.LOCATION, ref = ApiDocument.LOCATION),
                @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG)
            },
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "422", ref = ApiDocument.UNPROCESSABLE)
    public Response create(@Valid @NotNull ProductRequest request, UriInfo uri) {
        CommercialProduct product = products.create(request.toDetails(), caller.username());
        return Versioned.created(uri, product.id, ProductView.of(product), product.version);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getProduct", summary = "One commercial product (every role)")
    @APIResponse(
            responseCode = "200",
            description = "The product",
            headers = @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG),
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    public Response get(@PathParam("id") long id) {
        CommercialProduct product = products.get(id);
        return Versioned.ok(ProductView.of(product), product.version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PHARMACIST})
    @Operation(
            operationId = "updateProduct",
            summary = "Replace a commercial product, e.g. when it goes into shortage (ADMIN, PHARMACIST, If-Match)")
    @APIResponse(
            responseCode = "200",
            description = "The product as replaced",
            headers = @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG),
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiDocument.UNPROCESSABLE)
    public Response update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ProductRequest request) {
        CommercialProduct product = products.update(id, ifMatch, request.toDetails(), caller.username());
        return Versioned.ok(ProductView.of(product), product.version);
    }
}
