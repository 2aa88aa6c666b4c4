package shaktiman.core.index.live;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import shaktiman.core.index.CommitHookStore;
import shaktiman.core.index.discovery.Indexability;
import shaktiman.core.index.scan.FileProcessor;
import shaktiman.core.index.scan.FullScan;
import shaktiman.core.index.scan.ScanResult;
import shaktiman.core.index.watch.EventFilter;
import shaktiman.core.model.index.IndexJob;
import shaktiman.core.port.IndexStore;
import shaktiman.core.port.WatchBatch;
import shaktiman.core.port.Watcher;
import shaktiman.core.port.WatcherException;
import shaktiman.core.tools.ScanProgress;
import shaktiman.core.tools.SummaryTool;
import shaktiman.core.tools.WatcherState;

/**
 * The leader's index, kept current (IX-62 … IX-66, MI-9, MI-10): one index thread owns every write. It first runs the
 * startup work (the IX-38 full-text check, the IX-49 change-log prune, then the startup {@link FullScan}), then applies
 * the watcher's batches with a {@link PathBatchIndexer} as they come. Batches that arrive during any scan wait and are
 * applied right after it, so an edit made mid-scan wins (MI-9, IX-46). A rescan request from the watcher runs a
 * reconciliation scan (IX-63); a failed watcher is replaced by a reconciliation scan every 60 s (IX-62).
 *
 * <p>{@link #activity()} and {@link #notice()} are thread-safe and never block on the index thread. {@link #start()}
 * registers the watcher before the index thread lists a file. {@link #cancel()} stops the watcher and the scan without
 * waiting (MI-52 step 2); {@link #awaitStopped(Duration)} then waits for the current transaction (step 5).
 */
public final class LiveIndex implements IndexProgress, AutoCloseable {

    /** IX-62: how often a reconciliation scan replaces a failed watcher. */
    public static final Duration FAILED_WATCHER_RESCAN = Duration.ofSeconds(60);

    /** IX-49: change records are pruned at start and then this often. */
    static final Duration PRUNE_INTERVAL = Duration.ofHours(24);

    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    /**
     * What the live index is built from.
     *
     * @param store the writable store; not closed by the live index
     * @param indexability the one predicate of IX-1 for the project root
     * @param processor parse, chunk and extract one file
     * @param workers parse threads ({@code index.workers})
     * @param fingerprint the current index fingerprint (IX-40)
     * @param clockMs the wall clock in epoch ms
     * @param watcher the watcher to register, or empty when {@code watcher.enabled = false}
     * @param events where IX-70's records go
     * @param beforeScanCommit runs before each scan batch commits (the {@code scanBatchDelayMs} test hook)
     * @param beforeWatcherBatch runs on the index thread before each watcher batch is applied, its paths already
     *     counted as stale (the {@code indexDelayMs} test hook, MCP §6)
     * @param failedWatcherRescan the interval of the rescans that replace a failed watcher ({@link
     *     #FAILED_WATCHER_RESCAN})
     */
    public record Setup(
            IndexStore store,
            Indexability indexability,
            FileProcessor processor,
            int workers,
            String fingerprint,
            LongSupplier clockMs,
            Optional<Watcher> watcher,
            IndexEvents events,
            Runnable beforeScanCommit,
            Runnable beforeWatcherBatch,
            Duration failedWatcherRescan) {
        public Setup {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(indexability, "indexability");
            Objects.requireNonNull(processor, "processor");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(clockMs, "clockMs");
            Objects.requireNonNull(watcher, "watcher");
            Objects.requireNonNull(events, "events");
            Objects.requireNonNull(beforeScanCommit, "beforeScanCommit");
            Objects.requireNonNull(beforeWatcherBatch, "beforeWatcherBatch");
            if (!failedWatcherRescan.isPositive()) {
                throw new IllegalArgumentException("failedWatcherRescan must be positive, got " + failedWatcherRescan);
            }
        }
    }

    private final Setup setup;
    private final PathBatchIndexer batches;
    private final CommitHookStore scanStore;
    private final FileProcessor scanProcessor;
    private final Thread thread;
    private final AtomicLong scanParsed = new AtomicLong();
    private final AtomicLong scanCommitted = new AtomicLong();

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private final LinkedHashSet<String> queued = new LinkedHashSet<>();
    private ScanReason pendingScan;
    private long nextWatcherRescanAt = Long.MAX_VALUE;
    private long nextPruneAt;
    private boolean started;
    private boolean cancelled;
    private boolean scanning = true; // MI-10: the startup scan counts as running from construction
    private long filesDone;
    private long filesTotal;
    private int applying;
    private WatcherState watcherState;
    private boolean failed;
    private volatile boolean fullIndexCompleted;

    public LiveIndex(Setup setup) {
        this.setup = Objects.requireNonNull(setup, "setup");
        this.batches = new PathBatchIndexer(
                setup.indexability(), setup.store(), setup.processor(), setup.workers(), setup.clockMs());
        this.scanStore = new CommitHookStore(
                setup.store(),
                setup.beforeScanCommit(),
                (batch, result) -> scanCommitted.addAndGet(batch.jobs().stream()
                        .filter(IndexJob.Upsert.class::isInstance)
                        .count()));
        this.scanProcessor = (candidate, text, readMs) -> {
            var parsed = setup.processor().process(candidate, text, readMs);
            scanParsed.incrementAndGet();
            return parsed;
        };
        this.watcherState = setup.watcher().isPresent() ? WatcherState.RUNNING : WatcherState.DISABLED;
        this.fullIndexCompleted = completedForThisFingerprint();
        this.thread = Thread.ofPlatform().name("shaktiman-index").daemon(true).unstarted(this::run);
    }

    /**
     * Registers the watcher (MI-9: before any scan lists a file), then starts the index thread and its startup work.
     * A watcher that cannot register is reported through {@link IndexEvents#watcherFailed} and replaced by periodic
     * reconciliation scans; it does not stop the start.
     *
     * @throws IllegalStateException when already started or cancelled
     */
    public void start() {
        lock.lock();
        try {
            if (started || cancelled) {
                throw new IllegalStateException(cancelled ? "live index is cancelled" : "live index already started");
            }
            started = true;
            nextPruneAt = System.nanoTime() + PRUNE_INTERVAL.toNanos();
        } finally {
            lock.unlock();
        }
        setup.watcher().ifPresent(watcher -> {
            try {
                watcher.start(this::onBatch);
            } catch (WatcherException e) {
                watcherFailed(e);
            }
        });
        thread.start();
    }

    /** A consistent snapshot of what the index is doing; thread-safe, never waits for the index thread. */
    public IndexActivity activity() {
        lock.lock();
        try {
            long scanBacklog = scanning ? Math.max(0, scanParsed.get() - scanCommitted.get()) : 0;
            return new IndexActivity(
                    scanning,
                    scanning ? filesDone : 0,
                    scanning ? filesTotal : 0,
                    fullIndexCompleted,
                    queued.size() + applying + scanBacklog,
                    watcherState,
                    failed && !scanning);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<String> notice() {
        lock.lock();
        try {
            if (!scanning || fullIndexCompleted) {
                return Optional.empty();
            }
            return Optional.of(SummaryTool.notice(new ScanProgress(filesDone, filesTotal)));
        } finally {
            lock.unlock();
        }
    }

    /**
     * MI-52 step 2: stops the watcher and asks the scan or batch in progress to stop at its next file; returns without
     * waiting. What has committed stays committed; the next start's catch-up scan covers the rest. Idempotent.
     */
    public void cancel() {
        lock.lock();
        try {
            cancelled = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
        // Outside the lock: closing waits for the watcher's delivery thread, which may be waiting for this lock.
        setup.watcher().ifPresent(Watcher::close);
    }

    /**
     * MI-52 step 5: waits up to {@code deadline} for the index thread to finish its current transaction and stop.
     *
     * @return whether it has stopped (true at once when it never started)
     */
    public boolean awaitStopped(Duration deadline) throws InterruptedException {
        if (!thread.isAlive()) {
            return true;
        }
        return thread.join(deadline);
    }

    /** {@link #cancel()}, then waits for the index thread; idempotent. */
    @Override
    public void close() {
        cancel();
        try {
            if (!awaitStopped(CLOSE_WAIT)) {
                setup.events()
                        .indexFailed(
                                "stopping the index thread",
                                new IllegalStateException("the index thread did not stop within " + CLOSE_WAIT));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The watcher's delivery thread: queue the work and return at once. */
    private void onBatch(WatchBatch batch) {
        switch (batch) {
            case WatchBatch.Changes changes -> {
                List<String> paths = changes.paths().stream()
                        .filter(path -> !hardExcluded(path))
                        .toList();
                if (paths.isEmpty()) {
                    return;
                }
                lock.lock();
                try {
                    queued.addAll(paths);
                    wake.signalAll();
                } finally {
                    lock.unlock();
                }
            }
            case WatchBatch.RescanNeeded rescan -> {
                setup.events().watcherOverflow(rescan.reason());
                requestScan(ScanReason.OVERFLOW);
            }
            case WatchBatch.Failed failure -> watcherFailed(failure.error());
        }
    }

    /** Whether a path lies in a hard-excluded directory; {@code .git/info/exclude} counts, as IX-65 says. */
    private static boolean hardExcluded(String path) {
        return EventFilter.dropped(path);
    }

    private void requestScan(ScanReason reason) {
        lock.lock();
        try {
            if (pendingScan == null) {
                pendingScan = reason;
            }
            queued.clear(); // a full scan judges every path on disk, these included
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void watcherFailed(WatcherException error) {
        setup.events().watcherFailed(error.getMessage());
        lock.lock();
        try {
            watcherState = WatcherState.FAILED;
            nextWatcherRescanAt =
                    System.nanoTime() + setup.failedWatcherRescan().toNanos();
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private boolean isCancelled() {
        lock.lock();
        try {
            return cancelled;
        } finally {
            lock.unlock();
        }
    }

    /** One piece of work for the index thread. */
    private sealed interface Work {
        record Scan(ScanReason reason) implements Work {}

        record Changes(List<String> paths) implements Work {}

        record Prune() implements Work {}
    }

    private void run() {
        startup();
        Optional<Work> work;
        while ((work = awaitWork()).isPresent()) {
            switch (work.get()) {
                case Work.Scan scan -> scan(scan.reason());
                case Work.Changes changes -> applyBatch(changes.paths());
                case Work.Prune prune ->
                    guarded("change-log prune", () -> setup.store().writer().pruneChangeLog());
            }
        }
    }

    /**
     * MI-10 and IX-40: a completion record written under another fingerprint means the coming scan is a rebuild, so
     * the notice shows until it completes, even before the scan clears the record.
     */
    private boolean completedForThisFingerprint() {
        return setup.store().fullIndexCompleted()
                && setup.fingerprint().equals(setup.store().fingerprint().orElse(""));
    }

    private void startup() {
        guarded("full-text check", () -> setup.store().writer().reanalyseFtsIfInconsistent());
        guarded("change-log prune", () -> setup.store().writer().pruneChangeLog());
        scan(ScanReason.STARTUP);
    }

    /** Blocks until there is work; empty once cancelled. A pending scan goes first, then changes, then timers. */
    private Optional<Work> awaitWork() {
        lock.lock();
        try {
            while (!cancelled) {
                if (pendingScan != null) {
                    ScanReason reason = pendingScan;
                    pendingScan = null;
                    return Optional.of(new Work.Scan(reason));
                }
                Optional<Work.Changes> changes = takeQueued();
                if (changes.isPresent()) {
                    return Optional.of(changes.get());
                }
                long now = System.nanoTime();
                if (now - nextWatcherRescanAt >= 0) {
                    nextWatcherRescanAt = now + setup.failedWatcherRescan().toNanos();
                    return Optional.of(new Work.Scan(ScanReason.WATCHER_FAILED));
                }
                if (now - nextPruneAt >= 0) {
                    nextPruneAt = now + PRUNE_INTERVAL.toNanos();
                    return Optional.of(new Work.Prune());
                }
                long until = nextWatcherRescanAt == Long.MAX_VALUE
                        ? nextPruneAt - now
                        : Math.min(nextWatcherRescanAt, nextPruneAt) - now;
                wake.awaitNanos(until);
            }
            return Optional.empty();
        } catch (InterruptedException e) {
            // Only cancel() ends this thread; an interrupt from elsewhere means the JVM is going down.
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    /** Takes every queued path as one batch (held by the lock's owner), counting them as being applied. */
    private Optional<Work.Changes> takeQueued() {
        if (queued.isEmpty()) {
            return Optional.empty();
        }
        List<String> paths = List.copyOf(queued);
        queued.clear();
        applying = paths.size();
        return Optional.of(new Work.Changes(paths));
    }

    private void scan(ScanReason reason) {
        lock.lock();
        try {
            scanning = true;
            filesDone = 0;
            filesTotal = 0;
        } finally {
            lock.unlock();
        }
        scanParsed.set(0);
        scanCommitted.set(0);
        fullIndexCompleted = completedForThisFingerprint();
        setup.events().scanStarted(reason);
        long started = System.nanoTime();
        boolean scanFailed = false;
        try {
            ScanResult result = new FullScan(
                            setup.indexability(),
                            scanStore,
                            scanProcessor,
                            setup.workers(),
                            setup.fingerprint(),
                            setup.clockMs())
                    .run(this::isCancelled, this::progress);
            setup.events().scanFinished(reason, result, millisSince(started));
        } catch (RuntimeException e) {
            scanFailed = true;
            setup.events().indexFailed(IndexEvents.title(reason), e);
        }
        // MI-9, MI-10: the changes queued during the scan are applied before the scan counts as finished.
        Optional<Work.Changes> during;
        lock.lock();
        try {
            during = cancelled ? Optional.empty() : takeQueued();
        } finally {
            lock.unlock();
        }
        during.ifPresent(changes -> applyBatch(changes.paths()));
        fullIndexCompleted = completedForThisFingerprint();
        lock.lock();
        try {
            scanning = false;
            failed = scanFailed;
        } finally {
            lock.unlock();
        }
    }

    private void progress(long done, long total, boolean walkFinished) {
        lock.lock();
        try {
            filesDone = done;
            filesTotal = total;
        } finally {
            lock.unlock();
        }
    }

    private void applyBatch(List<String> paths) {
        long started = System.nanoTime();
        try {
            setup.beforeWatcherBatch().run();
            PathBatchIndexer.Outcome outcome = batches.apply(paths, this::isCancelled);
            if (!outcome.cancelled()) {
                setup.events().batchApplied(outcome.paths(), outcome.result(), millisSince(started));
            }
        } catch (RuntimeException e) {
            // The batch's paths are not lost for good: their next event, or the next start's scan, covers them.
            setup.events().indexFailed("index batch of " + paths.size() + " paths", e);
        } finally {
            lock.lock();
            try {
                applying = 0;
            } finally {
                lock.unlock();
            }
        }
    }

    /** Startup and periodic store work: a failure is reported and the index goes on. */
    private void guarded(String operation, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            setup.events().indexFailed(operation, e);
        }
    }

    private static long millisSince(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }
}
