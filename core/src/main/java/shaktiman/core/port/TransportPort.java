package shaktiman.core.port;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Local stream sockets between one leader and its proxies (Unix domain sockets on the project's socket path).
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #bind(Path)} is done by the lock holder only. It binds inside a fresh private directory next to the path
 *       (mode 0700), sets the socket file to 0600, renames it atomically onto the path (replacing any stale file) and
 *       removes the private directory, so the path is never visible with a wider mode. A failure throws {@link
 *       TransportException} naming the path, and, where a file owned by another user is in the way, its owner's uid and
 *       the fix ({@code remove it or set TMPDIR}).
 *   <li>{@link #connect(Path, Duration)} never throws for an absent leader: a missing file, a refused connection, a
 *       file that is not a socket and a timeout are all empty. It never deletes the path.
 *   <li>Methods are thread-safe and may be called from any thread, virtual threads included.
 * </ul>
 */
public interface TransportPort {

    /** Binds a listening socket at {@code socketPath} as described above. */
    Listener bind(Path socketPath);

    /** Connects to the socket at {@code socketPath}, waiting at most {@code timeout}; empty if nobody accepts. */
    Optional<Connection> connect(Path socketPath, Duration timeout);

    /** A bound, listening socket. Closing it stops accepting; accepted connections stay open. */
    interface Listener extends AutoCloseable {

        /** The path it was bound to. */
        Path path();

        /** The uid that owns the bound socket file, which is this process's uid. */
        long ownerUid();

        /**
         * Blocks until a peer connects. Peers of any uid are returned: the caller checks {@link Connection#peerUid()}.
         *
         * @throws TransportException once the listener is closed, or on an I/O error
         */
        Connection accept();

        /** Whether the path still resolves to this listener's own socket file (same file key). */
        boolean ownsPath();

        /**
         * If the path no longer resolves to this listener's socket, binds again by the same procedure and returns true;
         * {@link #accept()} then goes on transparently on the new socket and open connections are unaffected.
         */
        boolean rebindIfLost();

        /** Stops accepting and unlinks the path only if it is still this listener's socket; idempotent. */
        @Override
        void close();
    }

    /** One open, full-duplex connection. */
    interface Connection extends AutoCloseable {

        /** Bytes from the peer; end of stream when the peer closes or dies. */
        java.io.InputStream input();

        /** Bytes to the peer; writing after the peer has gone throws an {@link java.io.IOException}. */
        java.io.OutputStream output();

        /** The peer's uid as the kernel reports it (SO_PEERCRED), or empty if it cannot be read. */
        java.util.OptionalLong peerUid();

        /** The peer's pid as the kernel reports it, or empty if it cannot be read. */
        java.util.OptionalLong peerPid();

        /** Closes both directions and unblocks a thread reading {@link #input()}; idempotent. */
        @Override
        void close();
    }
}
