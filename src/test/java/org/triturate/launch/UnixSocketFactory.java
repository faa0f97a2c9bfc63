package org.triturate.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import org.mariadb.jdbc.Configuration;
import org.mariadb.jdbc.util.ConfigurableSocketFactory;

/**
 * Lets the MariaDB driver talk through a Unix socket with the JDK's own socket channels (its {@code localSocket}
 * option needs JNA, which the service does not ship): {@code jdbc:mariadb://localhost/?socketFactory=<this
 * class>&unixSocket=<path>}.
 */
public class UnixSocketFactory extends ConfigurableSocketFactory {

    private String path;

    public static String url(java.nio.file.Path socket) {
        return "jdbc:mariadb://localhost/?socketFactory=" + UnixSocketFactory.class.getName() + "&unixSocket=" + socket;
    }

    @Override
    public void setConfiguration(Configuration configuration, String host) {
        path = configuration.nonMappedOptions().getProperty("unixSocket");
    }

    @Override
    public Socket createSocket() {
        return new ChannelSocket(path);
    }

    @Override
    public Socket createSocket(String host, int port) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(InetAddress host, int port) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
        throw new UnsupportedOperationException();
    }

    /** A socket whose connect() opens the Unix socket, whatever address the driver asks for; TCP options are moot. */
    private static final class ChannelSocket extends Socket {
        private final String path;
        private SocketChannel channel;

        ChannelSocket(String path) {
            this.path = path;
        }

        @Override
        public void connect(SocketAddress ignored, int timeout) throws IOException {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(path));
        }

        @Override
        public boolean isConnected() {
            return channel != null && channel.isConnected();
        }

        @Override
        public InputStream getInputStream() {
            return Channels.newInputStream(channel);
        }

        @Override
        public OutputStream getOutputStream() {
            return Channels.newOutputStream(channel);
        }

        @Override
        public void setTcpNoDelay(boolean on) {}

        @Override
        public void setSoTimeout(int timeout) {}

        @Override
        public void setKeepAlive(boolean on) {}

        @Override
        public void setSoLinger(boolean on, int linger) {}

        @Override
        public synchronized void close() throws IOException {
            if (channel != null) {
                channel.close();
            }
        }
    }
}
