package org.triturate.common.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The size limits of a request head that {@link HttpLayerProblems} enforces with problem responses. Vert.x's own
 * limits (quarkus.http.limits.max-initial-line-length and max-header-size) are set well above these, because Vert.x
 * answers its refusals with an empty body that no hook can replace; these must stay below them.
 */
@ConfigMapping(prefix = "triturate.http")
public interface HttpLimits {

    /** The longest request line: method, request target (path and query) and version, separated by spaces. */
    @WithDefault("8K")
    MemorySize maxRequestLine();

    /** The most all header lines ({@code name: value}, without line ends) may take together. */
    @WithDefault("20K")
    MemorySize maxHeaderSize();
}
