package shaktiman.app.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/** Opens MCP sessions straight on a leader's socket P (MI-21), as a proxy would, without a proxy in between. */
final class SocketSessions {

    private SocketSessions() {}

    /** A client over a new connection to {@code socket}; closing the client closes the connection. */
    static McpClient open(Path socket, String name) {
        try {
            SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
            return new McpClient(name, Channels.newInputStream(channel), Channels.newOutputStream(channel));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot connect to " + socket, e);
        }
    }
}
