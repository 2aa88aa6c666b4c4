package shaktiman.app.daemon;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shaktiman.app.index.IndexPipeline;
import shaktiman.core.index.live.IndexActivity;
import shaktiman.core.index.live.IndexProgress;
import shaktiman.core.index.live.LiveIndex;
import shaktiman.core.port.IndexStore;
import shaktiman.core.tools.ScanProgress;
import shaktiman.core.tools.SummaryTool;
import shaktiman.core.tools.WatcherState;

/**
 * The leader's live index, assembled after the socket is bound: loading the parsers and building the pipeline takes
 * hundreds of milliseconds that a promoted proxy must not spend before it binds (MI-13's failover budget). Until the
 * live index runs, it reports the startup scan as running (MI-10 counts it from the bind) with no files yet.
 *
 * <p>Thread-safe. {@link #start} runs the assembly on its own thread; {@link #cancel} and {@link #close} may come at
 * any moment, also before the assembly has finished, and stop whatever has been built.
 */
final class StartingLiveIndex implements IndexProgress, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StartingLiveIndex.class);

    /** Builds the pipeline and the live index; called once, on the starter thread. */
    @FunctionalInterface
    interface Assembly {
        Assembled assemble();
    }

    /** What the assembly built: the live index is not yet started. */
    record Assembled(IndexPipeline pipeline, LiveIndex live) {}

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition settled = lock.newCondition();
    private final boolean completedBefore;
    private final boolean watcherEnabled;
    private Thread starter;
    private Assembled assembled;
    private boolean cancelled;
    private boolean failed;
    private boolean done;

    StartingLiveIndex(IndexStore store, boolean watcherEnabled) {
        this.completedBefore = store.fullIndexCompleted();
        this.watcherEnabled = watcherEnabled;
    }

    /** Runs {@code assembly}, then starts the live index (MI-7 step 12), unless cancelled meanwhile. */
    void start(Assembly assembly) {
        lock.lock();
        try {
            if (starter != null) {
                throw new IllegalStateException("the live index is already starting");
            }
            starter = Thread.ofPlatform().name("shaktiman-index-start").start(() -> assembleAndStart(assembly));
        } finally {
            lock.unlock();
        }
    }

    private void assembleAndStart(Assembly assembly) {
        Assembled built = null;
        try {
            built = assembly.assemble();
            boolean go;
            lock.lock();
            try {
                go = !cancelled;
                if (go) {
                    assembled = built;
                }
            } finally {
                lock.unlock();
            }
            if (!go) {
                built.live().close();
                built.pipeline().close();
                return;
            }
            // Outside the lock: registering the watcher walks the tree, and summary must not wait for it.
            try {
                built.live().start();
            } catch (IllegalStateException e) {
                LOG.atInfo().addKeyValue("reason", e.getMessage()).log("index start stopped by shutdown");
            }
        } catch (RuntimeException e) {
            LOG.atError().setCause(e).log("cannot start the index; the daemon serves the index as it is");
            lock.lock();
            try {
                failed = true;
            } finally {
                lock.unlock();
            }
            if (built != null) {
                built.pipeline().close();
            }
        } finally {
            lock.lock();
            try {
                done = true;
                settled.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /** The live index's activity, or the startup scan at its beginning while the assembly runs. */
    IndexActivity activity() {
        lock.lock();
        try {
            if (assembled != null) {
                return assembled.live().activity();
            }
            WatcherState watcher = watcherEnabled ? WatcherState.RUNNING : WatcherState.DISABLED;
            return new IndexActivity(!failed, 0, 0, completedBefore, 0, watcher, failed);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<String> notice() {
        lock.lock();
        try {
            if (assembled != null) {
                return assembled.live().notice();
            }
            return completedBefore || failed
                    ? Optional.empty()
                    : Optional.of(SummaryTool.notice(new ScanProgress(0, 0)));
        } finally {
            lock.unlock();
        }
    }

    /** MI-52 step 2: stops the live index, or keeps a pending assembly from starting it. Returns without waiting. */
    void cancel() {
        LiveIndex live;
        lock.lock();
        try {
            cancelled = true;
            live = assembled == null ? null : assembled.live();
        } finally {
            lock.unlock();
        }
        if (live != null) {
            live.cancel();
        }
    }

    /**
     * MI-52 step 5: waits up to {@code deadline} for the assembly to settle and the index thread to stop.
     *
     * @return whether both happened in time
     */
    boolean awaitStopped(Duration deadline) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        LiveIndex live;
        lock.lock();
        try {
            while (starter != null && !done) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                settled.awaitNanos(left);
            }
            live = assembled == null ? null : assembled.live();
        } finally {
            lock.unlock();
        }
        return live == null || live.awaitStopped(Duration.ofNanos(Math.max(0, end - System.nanoTime())));
    }

    /** Closes the pipeline of a stopped live index (MI-52, after step 5). */
    void closePipeline() {
        lock.lock();
        try {
            if (assembled != null) {
                assembled.pipeline().close();
            }
        } finally {
            lock.unlock();
        }
    }

    /** {@link #cancel()}, then closes whatever was built; for a failed start. Idempotent. */
    @Override
    public void close() {
        cancel();
        try {
            if (!awaitStopped(Duration.ofSeconds(5))) {
                LOG.atError().log("the index did not stop within 5 s");
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        lock.lock();
        try {
            if (assembled != null) {
                assembled.live().close();
                assembled.pipeline().close();
            }
        } finally {
            lock.unlock();
        }
    }
}
