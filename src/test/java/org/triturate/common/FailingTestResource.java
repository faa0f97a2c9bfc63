package org.triturate.common;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoint that fails the way a bug would, with data in the exception message. */
@Path("/api/v1/test-failure")
@Authenticated
public class FailingTestResource {

    static final String SECRET = "Okafor";

    @GET
    public String fail() {
        throw new IllegalStateException("SELECT * FROM patient WHERE last_name = '" + SECRET + "'");
    }
}
