package org.triturate.testing;

import java.io.IOException;
import java.net.ServerSocket;

/** A port nothing listens on at the moment of asking. */
public final class FreePorts {

    private FreePorts() {}

    public static int next() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
