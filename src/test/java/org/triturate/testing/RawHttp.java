package org.triturate.testing;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 client on a plain socket, for requests no regular client sends: bytes that are not valid UTF-8, a
 * missing Content-Type, request lines and headers of any size, broken percent-encoding, a client that hangs up
 * half-way. The caller writes the whole request (ending the head with {@code Connection: close} so that the server
 * closes the connection after its answer); the answer is read until the body ends or the server closes.
 */
public final class RawHttp {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);

    private final String host;
    private final int port;

    private RawHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    public static RawHttp to(String host, int port) {
        return new RawHttp(host, port);
    }

    /** A status, headers (names in lower case) and the body read as UTF-8 text. */
    public record Response(int status, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + body;
        }
    }

    /** A request head of the given lines (CRLF added, plus the empty line) followed by the body bytes. */
    public static byte[] request(List<String> headLines, byte[] body) {
        StringBuilder head = new StringBuilder();
        for (String line : headLines) {
            head.append(line).append("\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return request;
    }

    /** Sends the request bytes and reads the whole answer. */
    public Response exchange(byte[] request) throws IOException {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /** Sends the bytes (say, a head and half of its body) and closes the connection without reading anything. */
    public void sendAndHangUp(byte[] partialRequest) throws IOException {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(partialRequest);
            socket.getOutputStream().flush();
        }
    }

    /**
     * Sends the request, reads only the first bytes of the answer and then resets the connection, as a client that
     * gives up on a large response does.
     */
    public void readStartAndHangUp(byte[] request, int bytesToRead) throws IOException {
        try (Socket socket = connect()) {
            socket.setReceiveBufferSize(1024);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            socket.getInputStream().readNBytes(bytesToRead);
            socket.setSoLinger(true, 0);
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(host, port), (int) CONNECT_TIMEOUT.toMillis());
        socket.setSoTimeout((int) READ_TIMEOUT.toMillis());
        return socket;
    }

    /**
     * Reads one answer from the stream: until Content-Length bytes, the last chunk, or the end of the stream. An
     * EOFException when the server closed the connection without answering.
     */
    public static Response read(InputStream in) throws IOException {
        String statusLine = readLine(in);
        if (statusLine == null) {
            throw new EOFException("The server closed the connection without answering");
        }
        String[] parts = statusLine.split(" ", 3);
        int status = Integer.parseInt(parts[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        byte[] body;
        String length = first(headers, "content-length");
        String encoding = first(headers, "transfer-encoding");
        if (length != null) {
            body = in.readNBytes(Integer.parseInt(length));
        } else if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            body = readChunks(in);
        } else {
            body = in.readAllBytes();
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] readChunks(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String size = readLine(in); size != null; size = readLine(in)) {
            int length = Integer.parseInt(size.split(";", 2)[0].trim(), 16);
            if (length == 0) {
                break;
            }
            body.write(in.readNBytes(length));
            readLine(in);
        }
        return body.toByteArray();
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null ? null : values.get(0);
    }

    /** One CRLF-terminated line in ISO-8859-1, or null at the end of the stream. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
