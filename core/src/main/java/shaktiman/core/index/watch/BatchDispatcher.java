package shaktiman.core.index.watch;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import shaktiman.core.port.WatchBatch;
import shaktiman.core.port.Watcher;
import shaktiman.core.port.WatcherException;

/**
 * Owns a {@link Debouncer} and the one thread that delivers its batches, in order, to a {@link Watcher.Listener}.
 *
 * <p>Watcher adapters feed it from their library's thread; everything but the debounce clock is the delivery part of
 * the {@link Watcher} contract, so every adapter and fake shares it. Feeding methods are thread-safe and never block
 * on the listener. After {@link #fail(WatcherException)} or {@link #close()}, further input is ignored.
 */
public final class BatchDispatcher implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(BatchDispatcher.class.getName());

    private final Debouncer debouncer;
    private final Watcher.Listener listener;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private final Thread thread;
    private WatcherException failure;
    private boolean failing;
    private boolean closed;

    /**
     * Starts the delivery thread.
     *
     * @param threadName names the delivery thread, for thread dumps
     * @param debounce the quiet interval of IX-63 ({@code watcher.debounce_ms})
     */
    public BatchDispatcher(String threadName, Duration debounce, Watcher.Listener listener) {
        this.debouncer = new Debouncer(debounce);
        this.listener = listener;
        this.thread = Thread.ofPlatform().name(threadName).daemon().unstarted(this::run);
        thread.start();
    }

    /** Records a changed root-relative path, unless {@link EventFilter} drops it. */
    public void changed(String path) {
        if (EventFilter.dropped(path)) {
            return;
        }
        feed(() -> debouncer.changed(path, System.nanoTime()));
    }

    /** Records that events were lost; the waiting paths collapse into a rescan request. */
    public void rescan(String reason) {
        feed(() -> debouncer.rescan(reason, System.nanoTime()));
    }

    /** Delivers what waits at once, then {@code error} as the last batch, then stops. Only the first failure counts. */
    public void fail(WatcherException error) {
        lock.lock();
        try {
            if (!closed && !failing) {
                failing = true;
                failure = error;
                wake.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** How many paths wait to be delivered. */
    public int pending() {
        lock.lock();
        try {
            return debouncer.pending();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops delivery and returns once the delivery thread has ended, unless called on that thread (from the
     * listener), where it returns at once and the thread ends after the listener returns. Idempotent.
     */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
        if (Thread.currentThread() != thread) {
            joinUninterruptibly();
        }
    }

    private void feed(Runnable change) {
        lock.lock();
        try {
            if (!closed && !failing) {
                change.run();
                wake.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        Optional<WatchBatch> next;
        while ((next = awaitNext()).isPresent()) {
            deliver(next.get());
            if (next.get() instanceof WatchBatch.Failed) {
                return;
            }
        }
    }

    /** Blocks until a batch is due (empty once closed); a failure first flushes what waits, then comes itself. */
    private Optional<WatchBatch> awaitNext() {
        lock.lock();
        try {
            while (!closed) {
                if (failing) {
                    Optional<WatchBatch> rest = debouncer.drain();
                    return rest.isPresent() ? rest : Optional.of(new WatchBatch.Failed(failure));
                }
                Optional<WatchBatch> due = debouncer.poll(System.nanoTime());
                if (due.isPresent()) {
                    return due;
                }
                OptionalLong dueAt = debouncer.dueAt();
                if (dueAt.isPresent()) {
                    wake.awaitNanos(dueAt.getAsLong() - System.nanoTime());
                } else {
                    wake.await();
                }
            }
            return Optional.empty();
        } catch (InterruptedException e) {
            // Only close() ends this thread; an interrupt from elsewhere means the JVM is going down.
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    private void deliver(WatchBatch batch) {
        try {
            listener.onBatch(batch);
        } catch (RuntimeException e) {
            // The contract forbids throwing; stopping delivery would silently stop watching, so log and go on.
            LOG.log(System.Logger.Level.ERROR, "watch listener threw on " + describe(batch) + "; delivery goes on", e);
        }
    }

    private static String describe(WatchBatch batch) {
        return switch (batch) {
            case WatchBatch.Changes changes -> "a batch of " + changes.paths().size() + " paths";
            case WatchBatch.RescanNeeded rescan -> "a rescan request (" + rescan.reason() + ")";
            case WatchBatch.Failed failed -> "the failure '" + failed.error().getMessage() + "'";
        };
    }

    private void joinUninterruptibly() {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
