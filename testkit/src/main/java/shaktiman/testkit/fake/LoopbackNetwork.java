package shaktiman.testkit.fake;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import shaktiman.core.port.TransportException;

/**
 * The shared "file system" of {@link LoopbackTransport}s: which listening socket each path names. Transports built on
 * the same network see each other; there is no global state, so every test makes its own.
 */
public final class LoopbackNetwork {

    private final Map<Path, Object> entries = new HashMap<>();

    /** An empty network: no path names anything. */
    public LoopbackNetwork() {}

    /** Removes whatever is at {@code path}, as another process deleting the socket file would; no-op if nothing is. */
    public synchronized void delete(Path path) {
        entries.remove(key(path));
    }

    /** Whether anything (a socket, or an obstruction) is at {@code path}. */
    public synchronized boolean exists(Path path) {
        return entries.containsKey(key(path));
    }

    /**
     * Puts something at {@code path} that a bind cannot replace, as a non-empty directory or another user's file in a
     * sticky directory would be; binding there then fails naming the owner.
     */
    public synchronized void obstruct(Path path, long ownerUid) {
        entries.put(key(path), new Obstruction(ownerUid));
    }

    synchronized void place(Path path, LoopbackSocket socket) {
        if (entries.get(key(path)) instanceof Obstruction(long ownerUid)) {
            throw new TransportException("cannot bind socket at " + path + ": a directory owned by uid " + ownerUid
                    + " is in the way; remove it or set TMPDIR");
        }
        entries.put(key(path), socket);
    }

    synchronized Optional<LoopbackSocket> socketAt(Path path) {
        return entries.get(key(path)) instanceof LoopbackSocket socket ? Optional.of(socket) : Optional.empty();
    }

    synchronized boolean holds(Path path, LoopbackSocket socket) {
        return entries.get(key(path)) == socket;
    }

    synchronized void removeIfHolds(Path path, LoopbackSocket socket) {
        entries.remove(key(path), socket);
    }

    private static Path key(Path path) {
        return Objects.requireNonNull(path, "path").toAbsolutePath().normalize();
    }

    private record Obstruction(long ownerUid) {}
}
