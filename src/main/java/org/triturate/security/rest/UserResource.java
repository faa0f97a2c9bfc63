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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triturate.common.concurrency.EntityVersion;
import org.triturate.common.openapi.ApiDocument;
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
    @Operation(operationId = "createUser", summary = "Create a user (ADMIN)")
    @APIResponse(
            responseCode = "201",
            description = "The user created",
            headers = {
                @Header(name = ApiDocument.LOCATION, ref = ApiDocument.LOCATION),
                @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG)
            },
            content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "409", ref = ApiDocument.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiDocument.UNPROCESSABLE)
    public Response create(@Valid @NotNull NewUser request, UriInfo uri) {
        UserAccount user = users.create(
                request.username(),
                request.password(),
                request.roles().get(0),
                request.prescriberId(),
                caller.username());
        return withVersion(
                Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(user.id))
                        .build()),
                user);
    }

    @GET
    @Operation(operationId = "listUsers", summary = "List users, newest first (ADMIN)")
    @APIResponse(responseCode = "200", description = "One page of users")
    @Parameter(name = ApiDocument.PAGE, in = ParameterIn.QUERY, ref = ApiDocument.PAGE)
    @Parameter(name = ApiDocument.SIZE, in = ParameterIn.QUERY, ref = ApiDocument.SIZE)
    public PageResponse<UserView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return users.list(PageRequest.of(page, size)).map(UserView::of);
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(operationId = "getCurrentUser", summary = "The calling user")
    @APIResponse(
            responseCode = "200",
            description = "The calling user",
            headers = @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG),
            content = @Content(schema = @Schema(implementation = UserView.class)))
    @SecurityRequirement(name = "bearer")
    public Response me() {
        return withVersion(Response.ok(), users.get(caller.userId()));
    }

    @POST
    @Path("/me/password")
    @Authenticated
    @Operation(
            operationId = "changeOwnPassword",
            summary = "Change the calling user's password",
            description = "Needs the current password (else 401). Ends every session of the user, this one "
                    + "included: log in again with the new password. Wrong current passwords count towards the "
                    + "user's login lockout (429 with Retry-After while it lasts).")
    @APIResponse(responseCode = "204", description = "Changed; every token of the user is now refused")
    @APIResponse(responseCode = "429", ref = ApiDocument.TOO_MANY_ATTEMPTS)
    @SecurityRequirement(name = "bearer")
    public void changeOwnPassword(@Valid @NotNull PasswordChange request) {
        users.changeOwnPassword(caller.userId(), request.currentPassword(), request.newPassword());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getUser", summary = "One user (ADMIN)")
    @APIResponse(
            responseCode = "200",
            description = "The user",
            headers = @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG),
            content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    public Response get(@PathParam("id") long id) {
        return withVersion(Response.ok(), users.get(id));
    }

    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "updateUser",
            summary = "Change a user's role, prescriber link, active flag or password (ADMIN, If-Match)",
            description = "Any change of these ends the user's sessions: its tokens are refused from then on.")
    @APIResponse(
            responseCode = "200",
            description = "The user as changed",
            headers = @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG),
            content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiDocument.UNPROCESSABLE)
    public Response update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull UserChange request) {
        UserAccount user = users.update(
                id,
                ifMatch,
                request.roles().get(0),
                request.prescriberId(),
                request.active(),
                request.password(),
                caller.username());
        return withVersion(Response.ok(), user);
    }

    private static Response withVersion(Response.ResponseBuilder builder, UserAccount user) {
        return builder.entity(UserView.of(user))
                .header(HttpHeaders.ETAG, EntityVersion.etag(user.version))
                .build();
    }
}
