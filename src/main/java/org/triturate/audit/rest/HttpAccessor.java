package org.triturate.audit.rest;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.triturate.audit.Accessor;
import org.triturate.audit.CurrentAccessor;

/**
 * The accessor of the current HTTP request: the user its verified token names and the address it came from (the
 * proxy's, unless forwarded addresses are trusted: quarkus.http.proxy.*). The request id is the caller's
 * {@code X-Request-Id} when it is a plain token, otherwise one generated for the request, so that the rows of one
 * read can be told apart from those of another.
 */
@RequestScoped
class HttpAccessor implements CurrentAccessor {

    static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern PLAIN_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final JsonWebToken token;
    private final HttpServerRequest request;
    private Accessor accessor;

    HttpAccessor(JsonWebToken token, HttpServerRequest request) {
        this.token = token;
        this.request = request;
    }

    @Override
    public Accessor get() {
        if (accessor == null) {
            accessor = new Accessor(userId(), token.getName(), role(), remoteAddress(), requestId());
        }
        return accessor;
    }

    /** The numeric subject of a token this service issued; null for any other. */
    private Long userId() {
        String subject = token.getSubject();
        try {
            return subject == null ? null : Long.valueOf(subject);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A user has one role, which its token carries as its only group. */
    private String role() {
        Set<String> groups = token.getGroups();
        return groups == null || groups.isEmpty() ? null : String.join(",", new TreeSet<>(groups));
    }

    private String remoteAddress() {
        SocketAddress address = request.remoteAddress();
        return address == null ? null : address.hostAddress();
    }

    private String requestId() {
        String sent = request.getHeader(REQUEST_ID);
        return sent != null && PLAIN_REQUEST_ID.matcher(sent).matches()
                ? sent
                : UUID.randomUUID().toString();
    }
}
