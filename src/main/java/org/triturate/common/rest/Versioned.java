package org.triturate.common.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.triturate.common.concurrency.EntityVersion;

/** Responses that carry a resource together with its {@code ETag} (its version). */
public final class Versioned {

    private Versioned() {}

    public static Response ok(Object body, long version) {
        return Response.ok(body)
                .header(HttpHeaders.ETAG, EntityVersion.etag(version))
                .build();
    }

    /** 201 with {@code Location: <request path>/<id>}. */
    public static Response created(UriInfo uri, long id, Object body, long version) {
        return Response.created(
                        uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(body)
                .header(HttpHeaders.ETAG, EntityVersion.etag(version))
                .build();
    }
}
