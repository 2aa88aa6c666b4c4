package shaktiman.testkit.fake;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import shaktiman.core.index.watch.BatchDispatcher;
import shaktiman.core.port.Watcher;
import shaktiman.core.port.WatcherException;

/**
 * A {@link Watcher} whose events the test pushes: changed paths, an overflow, a refused watch. It delivers through
 * core's {@link BatchDispatcher}, so batching, ordering and closing behave as in the real adapter.
 *
 * <p>Events pushed before {@link #start(Listener)} or after {@link #close()} are ignored, as a real watcher would
 * not see them.
 */
public final class ScriptedWatcher implements Watcher {

    private final Duration debounce;
    private final ReentrantLock lock = new ReentrantLock();
    private String refuseStartIn;
    private BatchDispatcher dispatcher;
    private boolean closed;

    /** @param debounce the quiet interval ({@code watcher.debounce_ms}) */
    public ScriptedWatcher(Duration debounce) {
        this.debounce = Objects.requireNonNull(debounce, "debounce");
    }

    /** Makes the next {@link #start(Listener)} fail as if the OS refused the watch on {@code directory}. */
    public void refuseStart(String directory) {
        lock.lock();
        try {
            refuseStartIn = directory;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void start(Listener listener) {
        lock.lock();
        try {
            if (closed || dispatcher != null) {
                throw new IllegalStateException(closed ? "watcher is closed" : "watcher already started");
            }
            if (refuseStartIn != null) {
                closed = true;
                throw WatcherException.watchLimitReached(refuseStartIn, "scripted", null);
            }
            dispatcher = new BatchDispatcher("scripted-watcher", debounce, listener);
        } finally {
            lock.unlock();
        }
    }

    /** Whether {@link #start(Listener)} succeeded and {@link #close()} has not been called. */
    public boolean isRunning() {
        lock.lock();
        try {
            return dispatcher != null && !closed;
        } finally {
            lock.unlock();
        }
    }

    /** Reports each root-relative, {@code /}-separated path as changed. */
    public void change(String... paths) {
        BatchDispatcher running = running();
        if (running != null) {
            for (String path : paths) {
                running.changed(path);
            }
        }
    }

    /** Reports that the OS event queue overflowed. */
    public void overflow() {
        BatchDispatcher running = running();
        if (running != null) {
            running.rescan("scripted overflow: events were lost");
        }
    }

    /** Reports that the OS refused a watch on {@code directory}, a directory created after start. */
    public void refuseWatch(String directory) {
        BatchDispatcher running = running();
        if (running != null) {
            running.fail(WatcherException.watchLimitReached(directory, "scripted", null));
        }
    }

    @Override
    public int pendingPaths() {
        BatchDispatcher running = running();
        return running == null ? 0 : running.pending();
    }

    @Override
    public void close() {
        BatchDispatcher toClose;
        lock.lock();
        try {
            closed = true;
            toClose = dispatcher;
        } finally {
            lock.unlock();
        }
        if (toClose != null) {
            toClose.close();
        }
    }

    private BatchDispatcher running() {
        lock.lock();
        try {
            return closed ? null : dispatcher;
        } finally {
            lock.unlock();
        }
    }
}
