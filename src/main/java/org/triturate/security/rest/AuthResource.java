package org.triturate.security.rest;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triturate.common.openapi.ApiDocument;
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
    @Operation(
            operationId = "createToken",
            summary = "Exchange a username and password for a bearer token",
            description = "The username is compared in its canonical form (spaces around it removed, Unicode NFC, "
                    + "lower case); a name with control, invisible or unpaired surrogate characters is nobody's. 401 "
                    + "for bad credentials whether or not the user exists; after 5 failures for one username within "
                    + "15 minutes every attempt for it answers 429 for 15 minutes. Attempts per client address and "
                    + "per username are also rate limited (429). Every 429 carries Retry-After.")
    @APIResponse(
            responseCode = "200",
            description = "The bearer token",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", ref = ApiDocument.UNAUTHENTICATED)
    @APIResponse(responseCode = "429", ref = ApiDocument.TOO_MANY_ATTEMPTS)
    @SecurityRequirementsSet
    public TokenResponse token(@Valid @NotNull TokenRequest request, @Context HttpServerRequest http) {
        AuthService.IssuedToken issued = auth.issueToken(request.username(), request.password(), clientAddress(http));
        return new TokenResponse(issued.token(), "Bearer", issued.lifetime().toSeconds(), List.of(issued.role()));
    }

    /**
     * The connection's peer; Quarkus replaces it with the forwarded client address only when quarkus.http.proxy.*
     * is configured to trust a proxy, so a client cannot pick its own address with X-Forwarded-For.
     */
    private static String clientAddress(HttpServerRequest http) {
        SocketAddress peer = http.remoteAddress();
        return peer == null ? null : peer.hostAddress();
    }
}
