package shaktiman.adapters.socket;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.newsclub.net.unix.AFUNIXSocket;
import org.newsclub.net.unix.AFUNIXSocketAddress;
import shaktiman.core.port.TransportException;
import shaktiman.core.port.TransportPort;

/**
 * Implements {@link TransportPort} with Unix domain sockets from junixsocket: binds through a private directory and an
 * atomic rename (MI-15), and reads peer credentials with SO_PEERCRED (MI-17).
 *
 * <p>junixsocket extracts its native library to {@code java.io.tmpdir} (not {@code $TMPDIR}) on first use; if that
 * directory is unusable, point {@code -Dorg.newsclub.net.unix.library.tmpdir} at another one.
 */
public final class JunixsocketTransport implements TransportPort {

    private static final System.Logger LOG = System.getLogger(JunixsocketTransport.class.getName());

    /**
     * Creates the transport and loads junixsocket's native library.
     *
     * @throws TransportException if the native library cannot be loaded
     */
    public JunixsocketTransport() {
        NativeLibrary.ensureLoaded();
    }

    @Override
    public Listener bind(Path socketPath) {
        Objects.requireNonNull(socketPath, "socketPath");
        return new JunixsocketListener(socketPath.toAbsolutePath());
    }

    @Override
    public Optional<Connection> connect(Path socketPath, Duration timeout) {
        Objects.requireNonNull(socketPath, "socketPath");
        Objects.requireNonNull(timeout, "timeout");
        AFUNIXSocket socket = null;
        try {
            socket = AFUNIXSocket.newInstance();
            // connect(address, timeout) ignores its timeout for AF_UNIX: a full backlog blocks in the kernel until
            // SO_SNDTIMEO expires, and setSoTimeout sets that. It is cleared again so reads and writes never time out.
            socket.setSoTimeout(timeoutMillis(timeout));
            socket.connect(AFUNIXSocketAddress.of(socketPath));
            socket.setSoTimeout(0);
            return Optional.of(new JunixsocketConnection(socket));
        } catch (IOException e) {
            // An absent leader is an expected outcome (missing file, refused, not a socket, timeout): empty, per port.
            LOG.log(Level.DEBUG, () -> "connect to " + socketPath + ": nobody accepts (" + e.getMessage() + ")");
            closeAfterFailedConnect(socket, socketPath, e);
            return Optional.empty();
        }
    }

    private static int timeoutMillis(Duration timeout) {
        long millis = Math.max(1, timeout.toMillis());
        return (int) Math.min(Integer.MAX_VALUE, millis);
    }

    private static void closeAfterFailedConnect(AFUNIXSocket socket, Path socketPath, IOException failure) {
        if (socket == null) {
            return;
        }
        try {
            socket.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
            LOG.log(Level.WARNING, "close socket after failed connect to " + socketPath, e);
        }
    }
}
