package org.triturate.fault;

import java.io.IOException;
import java.net.ServerSocket;

/** A port nothing listens on at the moment of asking. */
final class FreePorts {

    private FreePorts() {}

    static int next() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
