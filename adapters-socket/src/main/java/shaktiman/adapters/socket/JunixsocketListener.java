package shaktiman.adapters.socket;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import org.newsclub.net.unix.AFUNIXSocket;
import shaktiman.core.port.TransportException;
import shaktiman.core.port.TransportPort;

/**
 * A {@link TransportPort.Listener} on one path. It holds the current {@link BoundSocket}; a rebind swaps in a new one
 * and closes the old one, which wakes a thread blocked in {@link #accept()} so that it goes on with the new socket.
 */
final class JunixsocketListener implements TransportPort.Listener {

    private static final System.Logger LOG = System.getLogger(JunixsocketListener.class.getName());

    private final Path path;
    private final Object lock = new Object();
    private volatile BoundSocket current;
    private volatile boolean closed;

    JunixsocketListener(Path path) {
        this.path = path;
        this.current = PrivateDirBinder.bind(path);
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public long ownerUid() {
        return current.ownerUid();
    }

    @Override
    public TransportPort.Connection accept() {
        while (true) {
            BoundSocket bound = current;
            ensureOpen("accept");
            AFUNIXSocket socket;
            try {
                socket = bound.server().accept();
            } catch (IOException e) {
                ensureOpen("accept", e);
                if (current != bound) {
                    continue; // rebound while we waited: the old socket was closed under us
                }
                throw new TransportException("accept on " + path + " failed: " + e.getMessage(), e);
            }
            if (socket == null) {
                // junixsocket returns null only when a blocking accept gets nothing, which happens when it is woken.
                ensureOpen("accept");
                if (current != bound) {
                    continue;
                }
                throw new TransportException("accept on " + path + " failed: woken without a connection");
            }
            return new JunixsocketConnection(socket);
        }
    }

    @Override
    public boolean ownsPath() {
        BoundSocket bound = current;
        try {
            Object key = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .fileKey();
            return Objects.equals(key, bound.fileKey());
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            // We cannot see our socket there, so as far as peers go it is not ours: rebindIfLost will try again and
            // report a real failure as a TransportException.
            LOG.log(Level.WARNING, "check socket at " + path + ": cannot read it", e);
            return false;
        }
    }

    @Override
    public boolean rebindIfLost() {
        synchronized (lock) {
            ensureOpen("rebind");
            if (ownsPath()) {
                return false;
            }
            BoundSocket fresh = PrivateDirBinder.bind(path);
            BoundSocket old = current;
            current = fresh;
            old.close(path);
            return true;
        }
    }

    @Override
    public void close() {
        BoundSocket bound;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            bound = current;
        }
        // Unlink while still listening, so that a peer never finds a file nobody accepts on. Checking and unlinking
        // are two steps; the caller holds the daemon lock, so no other process replaces P in between (MI-16).
        unlinkIfOurs(bound);
        bound.close(path);
    }

    private void unlinkIfOurs(BoundSocket bound) {
        if (!ownsPath()) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Peers will get "connection refused" on the stale file and the next lock holder replaces it (MI-16).
            LOG.log(
                    Level.WARNING,
                    "close listener: cannot unlink socket " + path + " (uid " + bound.ownerUid() + ")",
                    e);
        }
    }

    private void ensureOpen(String operation) {
        if (closed) {
            throw new TransportException(operation + " on " + path + ": listener is closed");
        }
    }

    private void ensureOpen(String operation, IOException cause) {
        if (closed) {
            throw new TransportException(operation + " on " + path + ": listener is closed", cause);
        }
    }
}
