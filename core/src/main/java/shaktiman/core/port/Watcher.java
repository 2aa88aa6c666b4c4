package shaktiman.core.port;

import java.nio.file.Path;
import java.util.List;

/**
 * Recursive file-system change notifications for one project root, delivered in debounced batches.
 *
 * <p>Contract: {@link #start(Listener)} registers every directory below the root before it returns, so that no change
 * made after it returns is missed; batches are delivered on one thread, in order; an event-queue overflow is reported
 * as {@link Listener#overflow()} (the caller rescans), never dropped silently. {@link #close()} is idempotent and stops
 * delivery before it returns. Any failure is a {@link WatcherException}.
 */
public interface Watcher extends AutoCloseable {

    /** Starts watching; returns once every directory is registered. */
    void start(Listener listener);

    @Override
    void close();

    /** Receives the watcher's batches. */
    interface Listener {
        /** Root-relative paths that were created, modified or deleted, coalesced over the debounce window. */
        void changed(List<Path> paths);

        /** Events were lost; the caller must rescan. */
        void overflow();

        /** The watcher stopped on an error it cannot recover from. */
        void failed(WatcherException error);
    }
}
