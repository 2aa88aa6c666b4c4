package shaktiman.core.embed;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import shaktiman.core.port.VectorStore;
import shaktiman.core.port.VectorStoreException;

/**
 * Saves the vector store on its own thread, only when something changed (IX-59): every {@link #ACTIVE_INTERVAL} while
 * the worker embeds, after {@link #IDLE_INTERVAL} otherwise, and once more at {@link #close()} (shutdown). Searches
 * are never blocked by a save; a failed save is logged and retried at the next tick.
 */
public final class VectorSaver implements AutoCloseable {
    /** The save interval while embedding is active. */
    public static final Duration ACTIVE_INTERVAL = Duration.ofSeconds(30);

    /** The longest time a change waits for a save when the worker is idle. */
    public static final Duration IDLE_INTERVAL = Duration.ofMinutes(5);

    private static final System.Logger LOG = System.getLogger(VectorSaver.class.getName());

    private final VectorStore store;
    private final BooleanSupplier embeddedSinceLastTick;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition stop = lock.newCondition();
    private final Thread thread;
    private boolean closed; // guarded by lock

    /**
     * A saver of {@code store}; {@code embeddedSinceLastTick} tells whether the worker embedded anything since it was
     * last asked ({@link EmbedWorker#takeActivity()}).
     */
    public VectorSaver(VectorStore store, BooleanSupplier embeddedSinceLastTick) {
        this.store = Objects.requireNonNull(store, "store");
        this.embeddedSinceLastTick = Objects.requireNonNull(embeddedSinceLastTick, "embeddedSinceLastTick");
        this.thread =
                Thread.ofPlatform().name("shaktiman-vector-save").daemon(true).unstarted(this::run);
    }

    /** Starts the periodic saves. */
    public void start() {
        thread.start();
    }

    /** Stops the periodic saves, then saves once if anything changed (MI-52 step 6). Idempotent. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            stop.signalAll();
        } finally {
            lock.unlock();
        }
        if (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                LOG.log(Level.WARNING, "interrupted while stopping the vector saver; saving now anyway");
            }
        }
        saveQuietly("at shutdown");
    }

    private void run() {
        long idleNanos = 0;
        while (waitTick()) {
            idleNanos += ACTIVE_INTERVAL.toNanos();
            if (embeddedSinceLastTick.getAsBoolean() || idleNanos >= IDLE_INTERVAL.toNanos()) {
                saveQuietly("periodic");
                idleNanos = 0;
            }
        }
    }

    private boolean waitTick() {
        lock.lock();
        try {
            long nanos = ACTIVE_INTERVAL.toNanos();
            while (!closed && nanos > 0) {
                nanos = stop.awaitNanos(nanos);
            }
            return !closed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    private void saveQuietly(String when) {
        try {
            if (store.save()) {
                LOG.log(Level.DEBUG, "vectors saved ({0}): {1} vectors", when, store.count());
            }
        } catch (VectorStoreException e) {
            // Recovered: the previous file is intact (IX-59), and the next save writes the current state.
            LOG.log(Level.WARNING, "cannot save vectors (" + when + "); the previous file stays in place", e);
        }
    }
}
