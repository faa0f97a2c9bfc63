package org.triturate.security.rest;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triturate.common.concurrency.EntityVersion;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.paging.PageResponse;
import org.triturate.security.CurrentUser;
import org.triturate.security.Role;
import org.triturate.security.UserAccount;
import org.triturate.security.service.UserService;

@Path("/api/v1/users")
@Tag(name = "Users")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class UserResource {

    private final UserService users;
    private final CurrentUser caller;

    UserResource(UserService users, CurrentUser caller) {
        this.users = users;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Create a user (ADMIN)")
    public Response create(@Valid @NotNull NewUser request, UriInfo uri) {
        UserAccount user = users.create(request.username(), request.password(), request.roles().get(0),
                request.prescriberId(), caller.username());
        return withVersion(Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(user.id)).build()),
                user);
    }

    @GET
    @Operation(summary = "List users, newest first (ADMIN)")
    public PageResponse<UserView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return users.list(PageRequest.of(page, size)).map(UserView::of);
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(summary = "The calling user")
    public Response me() {
        return withVersion(Response.ok(), users.get(caller.userId()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One user (ADMIN)")
    public Response get(@PathParam("id") long id) {
        return withVersion(Response.ok(), users.get(id));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a user's role, prescriber link, active flag or password (ADMIN, If-Match)")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull UserChange request) {
        UserAccount user = users.update(id, ifMatch, request.roles().get(0), request.prescriberId(),
                request.active(), request.password(), caller.username());
        return withVersion(Response.ok(), user);
    }

    private static Response withVersion(Response.ResponseBuilder builder, UserAccount user) {
        return builder.entity(UserView.of(user)).header(HttpHeaders.ETAG, EntityVersion.etag(user.version)).build();
    }
}
