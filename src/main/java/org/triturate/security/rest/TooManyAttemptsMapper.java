package org.triturate.security.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.triturate.common.problem.Problems;
import org.triturate.security.service.TooManyAttempts;

/** A 429 problem that says in Retry-After when to try again: logins and password changes alike. */
public class TooManyAttemptsMapper {

    @ServerExceptionMapper
    public Response tooManyAttempts(TooManyAttempts refused, UriInfo uri) {
        return Response.fromResponse(Problems.response(Problems.of(refused, uri.getPath())))
                .header(HttpHeaders.RETRY_AFTER, refused.retryAfterSeconds())
                .build();
    }
}
