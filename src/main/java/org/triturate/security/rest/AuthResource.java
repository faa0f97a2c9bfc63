package org.triturate.security.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triturate.security.service.AuthService;

@Path("/api/v1/auth")
@Tag(name = "Authentication")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final AuthService auth;

    AuthResource(AuthService auth) {
        this.auth = auth;
    }

    @POST
    @Path("/token")
    @PermitAll
    @Operation(summary = "Exchange a username and password for a bearer token",
            description = "401 for bad credentials whether or not the user exists; after 5 failures for one "
                    + "username within 15 minutes every attempt for it answers 429 for 15 minutes.")
    public TokenResponse token(@Valid @NotNull TokenRequest request) {
        AuthService.IssuedToken issued = auth.issueToken(request.username(), request.password());
        return new TokenResponse(issued.token(), "Bearer", issued.lifetime().toSeconds(), List.of(issued.role()));
    }
}
