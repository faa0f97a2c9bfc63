package org.triturate.fault;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.triturate.testing.RawHttp;

/**
 * One HTTP/1.1 exchange over a raw socket, so that requests no well-behaved client would send (bad bytes in the
 * request line, broken chunking, lying Content-Length) reach the service exactly as written. The request is written
 * on a second thread while this one reads, so that an answer the server sends before it has read a whole oversize
 * body (413, then close) is still read.
 */
final class RawExchange {

    /** An answer as {@link RawHttp} reads it, or none: status -1 and why (the failure) when the connection gave none. */
    record Response(RawHttp.Response answer, String failure) {

        int status() {
            return answer == null ? -1 : answer.status();
        }

        String header(String name) {
            return answer == null ? null : answer.header(name);
        }

        String text() {
            return answer == null ? "" : answer.body();
        }
    }

    private static final ExecutorService WRITERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "raw-exchange-writer");
        thread.setDaemon(true);
        return thread;
    });

    private RawExchange() {}

    /** Sends {@code request} (which should ask for {@code Connection: close}) and reads one response. */
    static Response send(int port, byte[] request, int timeoutMillis) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            Future<?> writing = WRITERS.submit(() -> {
                try {
                    for (int offset = 0; offset < request.length; offset += 65536) {
                        out.write(request, offset, Math.min(65536, request.length - offset));
                    }
                    out.flush();
                } catch (IOException serverStoppedReading) {
                    // the server answered early and closed; the answer is what counts
                }
                return null;
            });
            try {
                return new Response(RawHttp.read(new BufferedInputStream(socket.getInputStream())), null);
            } finally {
                writing.cancel(true);
            }
        } catch (EOFException e) {
            return new Response(null, "closed without an answer");
        } catch (IOException e) {
            return new Response(null, e.getClass().getSimpleName());
        }
    }
}
