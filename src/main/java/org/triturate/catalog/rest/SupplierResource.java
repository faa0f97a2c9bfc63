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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triturate.catalog.Supplier;
import org.triturate.catalog.SupplierView;
import org.triturate.catalog.service.SupplierService;
import org.triturate.common.openapi.ApiDocument;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.paging.PageResponse;
import org.triturate.common.rest.Versioned;
import org.triturate.security.CurrentUser;
import org.triturate.security.Role;

@Path("/api/v1/suppliers")
@Tag(name = "Catalog")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class SupplierResource {

    private final SupplierService suppliers;
    private final CurrentUser caller;

    SupplierResource(SupplierService suppliers, CurrentUser caller) {
        this.suppliers = suppliers;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listSuppliers", summary = "List suppliers, newest first (every role)")
    @APIResponse(responseCode = "200", description = "One page of suppliers")
    @Parameter(name = ApiDocument.PAGE, in = ParameterIn.QUERY, ref = ApiDocument.PAGE)
    @Parameter(name = ApiDocument.SIZE, in = ParameterIn.QUERY, ref = ApiDocument.SIZE)
    public PageResponse<SupplierView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return suppliers.list(PageRequest.of(page, size)).map(SupplierView::of);
    }

    @POST
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PHARMACIST})
    @Operation(operationId = "createSupplier", summary = "Record a supplier (ADMIN, PHARMACIST)")
    @APIResponse(
            responseCode = "201",
            description = "The supplier recorded",
            headers = {
                @Header(name = ApiDocument.LOCATION, ref = ApiDocument.LOCATION),
                @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG)
            },
            content = @Content(schema = @Schema(implementation = SupplierView.class)))
    public Response create(@Valid @NotNull SupplierRequest request, UriInfo uri) {
        Supplier supplier = suppliers.create(request.toDetails(), caller.username());
        return Versioned.created(uri, supplier.id, SupplierView.of(supplier), supplier.version);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSupplier", summary = "One supplier (every role)")
    @APIResponse(
            responseCode = "200",
            description = "The supplier",
            headers = @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG),
            content = @Content(schema = @Schema(implementation = SupplierView.class)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    public Response get(@PathParam("id") long id) {
        Supplier supplier = suppliers.get(id);
        return Versioned.ok(SupplierView.of(supplier), supplier.version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PHARMACIST})
    @Operation(
            operationId = "updateSupplier",
            summary = "Replace a supplier, e.g. to suspend it (ADMIN, PHARMACIST, If-Match)")
    @APIResponse(
            responseCode = "200",
            description = "The supplier as replaced",
            headers = @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG),
            content = @Content(schema = @Schema(implementation = SupplierView.class)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    public Response update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SupplierRequest request) {
        Supplier supplier = suppliers.update(id, ifMatch, request.toDetails(), caller.username());
        return Versioned.ok(SupplierView.of(supplier), supplier.version);
    }
}
