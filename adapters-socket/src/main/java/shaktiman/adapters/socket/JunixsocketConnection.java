package shaktiman.adapters.socket;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.util.OptionalLong;
import org.newsclub.net.unix.AFUNIXSocket;
import org.newsclub.net.unix.AFUNIXSocketCredentials;
import shaktiman.core.port.TransportException;
import shaktiman.core.port.TransportPort;

/**
 * A {@link TransportPort.Connection} over one junixsocket stream socket. Its streams write and read the socket directly
 * (no buffering), and the peer's credentials are read once, when the connection is made.
 */
final class JunixsocketConnection implements TransportPort.Connection {

    private static final System.Logger LOG = System.getLogger(JunixsocketConnection.class.getName());

    private final AFUNIXSocket socket;
    private final InputStream input;
    private final OutputStream output;
    private final OptionalLong peerUid;
    private final OptionalLong peerPid;

    JunixsocketConnection(AFUNIXSocket socket) {
        this.socket = socket;
        try {
            this.input = socket.getInputStream();
            this.output = socket.getOutputStream();
        } catch (IOException e) {
            closeAfterFailure(socket, e);
            throw new TransportException("open streams of socket " + socket + ": " + e.getMessage(), e);
        }
        AFUNIXSocketCredentials credentials = credentialsOf(socket);
        this.peerUid = credentials == null ? OptionalLong.empty() : known(credentials.getUid());
        this.peerPid = credentials == null ? OptionalLong.empty() : known(credentials.getPid());
    }

    @Override
    public InputStream input() {
        return input;
    }

    @Override
    public OutputStream output() {
        return output;
    }

    @Override
    public OptionalLong peerUid() {
        return peerUid;
    }

    @Override
    public OptionalLong peerPid() {
        return peerPid;
    }

    @Override
    public void close() {
        try {
            // Shuts both directions down first, which wakes a reader blocked in input().
            socket.close();
        } catch (IOException e) {
            // The descriptor is released either way and the peer sees EOF; nothing for the caller to do.
            LOG.log(Level.WARNING, "close socket " + socket, e);
        }
    }

    private static AFUNIXSocketCredentials credentialsOf(AFUNIXSocket socket) {
        try {
            return socket.getPeerCredentials();
        } catch (IOException e) {
            // Unreadable credentials are reported as empty; the leader rejects such peers (MI-17).
            LOG.log(Level.WARNING, "read peer credentials of " + socket, e);
            return null;
        }
    }

    /** junixsocket reports an unknown id as -1. */
    private static OptionalLong known(long id) {
        return id < 0 ? OptionalLong.empty() : OptionalLong.of(id);
    }

    private static void closeAfterFailure(AFUNIXSocket socket, IOException failure) {
        try {
            socket.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
