package org.triturate.fault;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One HTTP/1.1 exchange over a raw socket, so that requests no well-behaved client would send (bad bytes in the
 * request line, broken chunking, lying Content-Length) reach the service exactly as written. The request is written
 * on a second thread while this one reads, so that an answer the server sends before it has read a whole oversize
 * body (413, then close) is still read.
 */
final class RawExchange {

    /** A response: status, headers (lower-case names), body; status -1 when the connection gave no answer. */
    record Response(int status, Map<String, String> headers, byte[] body, String failure) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
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
                return read(new BufferedInputStream(socket.getInputStream()));
            } finally {
                writing.cancel(true);
            }
        } catch (IOException e) {
            return new Response(-1, Map.of(), new byte[0], e.getClass().getSimpleName());
        }
    }

    private static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            return new Response(-1, Map.of(), new byte[0], "closed without an answer");
        }
        String[] parts = statusLine.split(" ", 3);
        int status = Integer.parseInt(parts[1]);
        Map<String, String> headers = new TreeMap<>();
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.merge(
                    header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    header.substring(colon + 1).trim(),
                    (a, b) -> a + ", " + b);
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = chunked(in);
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else {
            body = in.readAllBytes();
        }
        return new Response(status, headers, body, null);
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            if (size == null) {
                return body.toByteArray();
            }
            int length = Integer.parseInt(size.split(";")[0].trim(), 16);
            if (length == 0) {
                line(in);
                return body.toByteArray();
            }
            body.write(in.readNBytes(length));
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
