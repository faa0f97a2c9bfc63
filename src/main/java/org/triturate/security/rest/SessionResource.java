package org.triturate.security.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triturate.security.CurrentUser;
import org.triturate.security.service.UserService;

@Path("/api/v1/auth/logout")
@Tag(name = "Authentication")
public class SessionResource {

    private final UserService users;
    private final CurrentUser caller;

    SessionResource(UserService users, CurrentUser caller) {
        this.users = users;
        this.caller = caller;
    }

    @POST
    @Authenticated
    @Operation(
            operationId = "logOut",
            summary = "Log out everywhere",
            description = "Ends every session of the calling user: this token and every other token issued to "
                    + "the user before now are refused from then on.")
    @APIResponse(responseCode = "204", description = "Logged out")
    @SecurityRequirement(name = "bearer")
    public void logOut() {
        users.logOut(caller.userId());
    }
}
