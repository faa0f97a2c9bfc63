package org.triturate.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy between the service and its test MariaDB that injects faults on demand: {@link #freeze} (a server
 * that stops answering: nothing is forwarded, sockets stay open, like SIGSTOP), {@link #cut} (a server that is gone:
 * every connection closed, new ones refused) and {@link #swallowNextCommitReply} (the COMMIT reaches the server and
 * is executed, its reply never reaches the service).
 */
public final class DatabaseLink implements AutoCloseable {

    /** The driver commits with a COM_QUERY packet (command byte 3) whose text is exactly COMMIT. */
    private static final byte COM_QUERY = 3;

    private static final byte COM_STMT_PREPARE = 0x16;

    private static final byte[] COMMIT = "COMMIT".getBytes(StandardCharsets.US_ASCII);

    private final InetSocketAddress target;
    private final ServerSocket listener;
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private final Object gate = new Object();

    private boolean frozen;
    private volatile boolean refusing;
    private volatile boolean swallowArmed;
    private volatile boolean replySwallowed;

    private DatabaseLink(InetSocketAddress target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "database-link-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts a link on a free loopback port that forwards to {@code host:port}. */
    public static DatabaseLink to(String host, int port) {
        try {
            return new DatabaseLink(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Stops forwarding in both directions; connections stay open and new ones are accepted but get no answer. */
    public void freeze() {
        synchronized (gate) {
            frozen = true;
        }
    }

    public void thaw() {
        synchronized (gate) {
            frozen = false;
            gate.notifyAll();
        }
    }

    /** Closes every connection and refuses new ones until {@link #restore}. */
    public void cut() {
        refusing = true;
        for (Connection connection : connections) {
            connection.close();
        }
    }

    public void restore() {
        refusing = false;
    }

    /**
     * The next COMMIT of a transaction that wrote something (an INSERT, UPDATE or DELETE on its connection) is
     * forwarded to the server, which commits; its reply is dropped and that connection frozen for good, so that the
     * service never learns the outcome. Read-only transactions' commits pass, so that the fault hits the change.
     */
    public void swallowNextCommitReply() {
        replySwallowed = false;
        swallowArmed = true;
    }

    /** Whether the reply of the COMMIT armed by {@link #swallowNextCommitReply} has been dropped. */
    public boolean replySwallowed() {
        return replySwallowed;
    }

    @Override
    public void close() {
        refusing = true;
        try {
            listener.close();
        } catch (IOException e) {
            // Closing anyway.
        }
        thaw();
        cut();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (refusing) {
                    client.setSoLinger(true, 0);
                    client.close();
                    continue;
                }
                Socket server = new Socket();
                server.connect(target, 2000);
                Connection connection = new Connection(client, server);
                connections.add(connection);
                connection.start();
            } catch (IOException e) {
                // The listener closed, or the server refused this one connection: the client sees it closed.
            }
        }
    }

    /** Waits while the link (or this connection) is frozen; false once the connection is closed. */
    private boolean awaitFlowing(Connection connection) {
        synchronized (gate) {
            while ((frozen || connection.stuck) && !connection.closed) {
                try {
                    gate.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return !connection.closed;
        }
    }

    private final class Connection {
        private final Socket client;
        private final Socket server;
        private volatile boolean swallowing;
        /** Whether this connection has sent a write since its last COMMIT. */
        private boolean wrote;

        private volatile boolean stuck;
        private volatile boolean closed;

        Connection(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void start() {
            thread("database-link-up", this::clientToServer);
            thread("database-link-down", this::serverToClient);
        }

        private void thread(String name, Runnable pump) {
            Thread thread = new Thread(pump, name);
            thread.setDaemon(true);
            thread.start();
        }

        /** Packet by packet (3-byte length, sequence byte, payload), so that a COMMIT can be recognised. */
        private void clientToServer() {
            try (InputStream in = client.getInputStream();
                    OutputStream out = server.getOutputStream()) {
                byte[] header = new byte[4];
                while (readFully(in, header)) {
                    int length = (header[0] & 0xff) | (header[1] & 0xff) << 8 | (header[2] & 0xff) << 16;
                    byte[] payload = new byte[length];
                    if (!readFully(in, payload) || !awaitFlowing(this)) {
                        break;
                    }
                    if (isCommit(payload)) {
                        if (swallowArmed && wrote) {
                            swallowArmed = false;
                            swallowing = true;
                        }
                        wrote = false;
                    } else if (startsWith(payload, "set autocommit")) {
                        // A pooled connection switching into or out of a transaction: autocommitted writes before
                        // it (the access log's) are no part of the next transaction.
                        wrote = false;
                    } else if (startsWith(payload, "insert")
                            || startsWith(payload, "update")
                            || startsWith(payload, "delete")) {
                        wrote = true;
                    }
                    out.write(header);
                    out.write(payload);
                    out.flush();
                }
            } catch (IOException e) {
                // Either side closed.
            } finally {
                close();
            }
        }

        private void serverToClient() {
            try (InputStream in = server.getInputStream();
                    OutputStream out = client.getOutputStream()) {
                byte[] buffer = new byte[16384];
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    if (swallowing && !stuck) {
                        // The COMMIT's reply: dropped, and nothing more goes through this connection.
                        stuck = true;
                        replySwallowed = true;
                        continue;
                    }
                    if (!awaitFlowing(this)) {
                        break;
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // Either side closed.
            } finally {
                close();
            }
        }

        void close() {
            closed = true;
            connections.remove(this);
            closeQuietly(client);
            closeQuietly(server);
            synchronized (gate) {
                gate.notifyAll();
            }
        }
    }

    private static boolean isCommit(byte[] payload) {
        return payload.length == COMMIT.length + 1
                && payload[0] == COM_QUERY
                && Arrays.equals(Arrays.copyOfRange(payload, 1, payload.length), COMMIT);
    }

    /** Whether {@code payload} is a statement (a query or a prepare) whose text starts with {@code prefix}. */
    private static boolean startsWith(byte[] payload, String prefix) {
        if (payload.length < 2 || (payload[0] != COM_QUERY && payload[0] != COM_STMT_PREPARE)) {
            return false;
        }
        String start = new String(payload, 1, Math.min(payload.length - 1, 32), StandardCharsets.US_ASCII)
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        return start.startsWith(prefix);
    }

    private static boolean readFully(InputStream in, byte[] into) throws IOException {
        int done = 0;
        while (done < into.length) {
            int read = in.read(into, done, into.length - done);
            if (read < 0) {
                return false;
            }
            done += read;
        }
        return true;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Already closed.
        }
    }
}
