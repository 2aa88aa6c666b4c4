package shaktiman.core.port;

/**
 * Recursive file-system change notifications for one project root, delivered in debounced batches (IX-62, IX-63).
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>An instance watches one root, given to the adapter's constructor, and is started once. {@link
 *       #start(Listener)} registers the root and every directory below it before it returns, so that no change made
 *       after it returns is missed (MI-9). Changes made while it runs may or may not be reported; the cold scan that
 *       follows covers them.
 *   <li>Directories created later are registered as they appear; files created in them before their registration are
 *       still reported (the adapter walks each new directory after registering it).
 *   <li>Changes are coalesced per path: repeated events for one path give that path once. A batch is delivered once no
 *       event arrived for the debounce interval, or once its oldest path has waited 2 s. Batches carry root-relative
 *       paths with {@code /} separators and no event kinds: the receiver judges each path by its state on disk
 *       (IX-64). A vanished or moved-away directory is reported by its own path, not file by file.
 *   <li>Nothing is dropped silently. When events were lost (the OS queue overflowed) or more than 100,000 paths are
 *       waiting, a {@link WatchBatch.RescanNeeded} replaces the paths it covers. When the OS refuses a watch later,
 *       or watching cannot go on, a {@link WatchBatch.Failed} is delivered last: it follows every earlier batch and
 *       nothing follows it.
 *   <li>The listener is called on one thread, one batch at a time, in order. It must not throw; an exception it throws
 *       is logged and delivery goes on.
 *   <li>{@link #pendingPaths()} is thread-safe. {@link #close()} is idempotent, may be called from any thread (the
 *       listener's included), and stops delivery before it returns; paths still waiting then are not delivered (the
 *       next start's reconciliation scan covers them).
 * </ul>
 */
public interface Watcher extends AutoCloseable {

    /**
     * Registers every directory below the root, then starts delivering batches to {@code listener}.
     *
     * @throws WatcherException if the root cannot be watched: it is missing or not a directory, or the OS refused a
     *     watch (the message then names {@code fs.inotify.max_user_watches}). Nothing is delivered then and the
     *     instance is closed.
     * @throws IllegalStateException if this instance was already started or is closed
     */
    void start(Listener listener);

    /** How many changed paths are waiting in the debounce map, not yet delivered (part of IX-66's stale count). */
    int pendingPaths();

    /** Stops watching and delivery; idempotent. Once it returns, the listener is not called again. */
    @Override
    void close();

    /** Receives the watcher's batches, on the watcher's single delivery thread. */
    @FunctionalInterface
    interface Listener {
        /** Handles one batch; must not throw. */
        void onBatch(WatchBatch batch);
    }
}
