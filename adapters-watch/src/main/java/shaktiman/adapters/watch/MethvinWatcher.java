package shaktiman.adapters.watch;

import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;
import shaktiman.core.index.watch.BatchDispatcher;
import shaktiman.core.port.Watcher;
import shaktiman.core.port.WatcherException;

/**
 * Watches a project root with io.methvin directory-watcher (IX-62): the JDK's inotify WatchService on Linux, FSEvents
 * through JNA on macOS. The library's file hashing is off (the indexer hashes, IX-10); core's {@link BatchDispatcher}
 * debounces and delivers.
 *
 * <p>Directories created later are registered by the library, which then walks them and reports every file already
 * in them, so a file written at once into a new tree is reported by its own path (T-64). A moved-away or removed
 * directory is reported by its own path; a moved-in one by its path and each of its files (T-63).
 */
public final class MethvinWatcher implements Watcher {

    private static final System.Logger LOG = System.getLogger(MethvinWatcher.class.getName());

    private final Path root;
    private final Duration debounce;
    private final RegistrationProbe probe;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean started;
    private boolean closed;
    private BatchDispatcher dispatcher;
    private DirectoryWatcher library;
    private LibraryEvents events;

    /**
     * @param root the project root to watch recursively
     * @param debounce the quiet interval of IX-63 ({@code watcher.debounce_ms})
     */
    public MethvinWatcher(Path root, Duration debounce) {
        this(root, debounce, RegistrationProbe.NONE);
    }

    MethvinWatcher(Path root, Duration debounce, RegistrationProbe probe) {
        this.root = root.toAbsolutePath().normalize();
        this.debounce = Objects.requireNonNull(debounce, "debounce");
        this.probe = probe;
    }

    @Override
    public void start(Listener listener) {
        lock.lock();
        try {
            if (closed || started) {
                throw new IllegalStateException((closed ? "watcher is closed: " : "watcher already started: ") + root);
            }
            started = true;
            if (!Files.isDirectory(root)) {
                closed = true;
                throw new WatcherException("cannot watch " + root + ": not a directory");
            }
            BatchDispatcher delivery = new BatchDispatcher("shaktiman-watch-delivery", debounce, listener);
            LibraryEvents feed = new LibraryEvents(root, delivery, failure -> stopLibrary());
            try {
                library = register(feed, delivery);
            } catch (WatcherException e) {
                closed = true;
                delivery.close();
                throw e;
            }
            dispatcher = delivery;
            events = feed;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int pendingPaths() {
        lock.lock();
        try {
            return closed || dispatcher == null ? 0 : dispatcher.pending();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        BatchDispatcher delivery;
        lock.lock();
        try {
            closed = true;
            delivery = dispatcher;
        } finally {
            lock.unlock();
        }
        // Delivery stops first: closing the library's WatchService can block, and nothing may be delivered meanwhile.
        if (delivery != null) {
            delivery.close();
        }
        stopLibrary();
    }

    /** For tests: the library-facing listener, to feed it events the OS cannot be made to produce on demand. */
    LibraryEvents libraryListener() {
        lock.lock();
        try {
            return events;
        } finally {
            lock.unlock();
        }
    }

    /** Builds the library's watcher and registers every directory; the event loop then runs on its own thread. */
    private DirectoryWatcher register(LibraryEvents feed, BatchDispatcher delivery) {
        DirectoryWatcher watcher;
        try {
            watcher = DirectoryWatcher.builder()
                    .path(root)
                    .listener(feed)
                    .fileHashing(false)
                    .fileTreeVisitor(new TolerantTreeVisitor(root, probe))
                    .watchService(watchService())
                    .build();
        } catch (IOException e) {
            throw Failures.translate(root, e);
        }
        CompletableFuture<Void> loop = watcher.watchAsync(eventThread());
        if (loop.isCompletedExceptionally()) {
            // Registration failed inside watchAsync, before the loop started.
            closeQuietly(watcher);
            throw Failures.translate(root, loop.exceptionNow());
        }
        loop.whenComplete((ignored, error) -> loopEnded(delivery, error));
        return watcher;
    }

    /** The library's loop ends on close, or by itself when no directory is left (the root was deleted) or on error. */
    private void loopEnded(BatchDispatcher delivery, Throwable error) {
        lock.lock();
        try {
            if (closed) {
                return;
            }
        } finally {
            lock.unlock();
        }
        delivery.fail(
                error != null
                        ? Failures.translate(root, error)
                        : new WatcherException("stopped watching " + root
                                + ": no directory is left to watch (was the root deleted?)"));
    }

    private void stopLibrary() {
        DirectoryWatcher toClose;
        lock.lock();
        try {
            toClose = library;
            library = null;
        } finally {
            lock.unlock();
        }
        if (toClose != null) {
            closeQuietly(toClose);
        }
    }

    private void closeQuietly(DirectoryWatcher watcher) {
        try {
            watcher.close();
        } catch (IOException e) {
            // Watching is over either way; the OS frees the watches with the descriptor.
            LOG.log(System.Logger.Level.WARNING, "closing the watch service for " + root + " failed", e);
        }
    }

    private static Executor eventThread() {
        return loop ->
                Thread.ofPlatform().name("shaktiman-watch-events").daemon().start(loop);
    }

    /**
     * The library's own choice (null), except on macOS without JNA, where it would fail: there the JDK's WatchService
     * works too, by polling.
     */
    private static WatchService watchService() throws IOException {
        boolean mac = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");
        return mac && !jnaPresent() ? FileSystems.getDefault().newWatchService() : null;
    }

    private static boolean jnaPresent() {
        try {
            Class.forName("com.sun.jna.Native", false, MethvinWatcher.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            // Expected on a build without the macOS profile; the caller falls back to the JDK's WatchService.
            return false;
        }
    }
}
