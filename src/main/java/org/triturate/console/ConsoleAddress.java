package org.triturate.console;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The console lives at {@code /console/} (its scripts load relative to that folder); {@code /console}, as people type
 * it, redirects there instead of answering 404.
 */
@ApplicationScoped
public class ConsoleAddress {

    static final String FOLDER = "/console/";

    void install(@Observes Router router) {
        router.get("/console").handler(context -> {
            if (context.request().path().equals("/console")) {
                context.response()
                        .setStatusCode(301)
                        .putHeader("Location", FOLDER)
                        .end();
            } else {
                context.next();
            }
        });
    }
}
