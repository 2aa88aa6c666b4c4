package shaktiman.adapters.socket;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import org.newsclub.net.unix.AFUNIXServerSocket;

/**
 * One listening socket that was renamed onto its path.
 *
 * @param server the socket that accepts: a duplicate of {@code original}'s descriptor, made so that junixsocket does not
 *     tie accepting to the (no longer existing) bind path
 * @param original the socket as bound in the private directory; kept open because closing it would shut the shared
 *     listening socket down
 * @param fileKey the socket file's key (device and inode), which survives the rename
 * @param ownerUid the uid owning the socket file
 */
record BoundSocket(AFUNIXServerSocket server, AFUNIXServerSocket original, Object fileKey, long ownerUid) {

    private static final System.Logger LOG = System.getLogger(BoundSocket.class.getName());

    /** Stops accepting: unblocks a thread in {@code accept} on {@link #server()}. Accepted sockets stay open. */
    void close(Path path) {
        closeLogging(server, path);
        closeLogging(original, path);
    }

    static void closeLogging(AFUNIXServerSocket socket, Path path) {
        try {
            socket.close();
        } catch (IOException e) {
            // Nothing a caller could do: the descriptor is released either way; the path is handled by the listener.
            LOG.log(Level.WARNING, "close listening socket for " + path, e);
        }
    }
}
