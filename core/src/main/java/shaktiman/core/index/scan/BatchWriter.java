package shaktiman.core.index.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import shaktiman.core.model.index.IndexBatch;
import shaktiman.core.model.index.IndexJob;
import shaktiman.core.port.BatchResult;
import shaktiman.core.port.IndexWriter;

/**
 * A scan's single writer thread behind its bounded input queue (IX-42, IX-45): the scanning thread hands over each
 * file's jobs in walk order and goes on parsing while the writer gathers them into batches and commits them. A batch
 * closes at {@value #JOBS_PER_BATCH} jobs (the writer itself cuts it at IX-42's content limit) or at the end of the
 * scan, never after a time: pending references are resolved again once per transaction (IX-32), and which files exist
 * by then decides some edges, so time-based boundaries (IX-42's 100 ms) made two indexes of one tree differ (T-26).
 *
 * <p>A full queue blocks the scanning thread, so nothing is dropped. If a transaction fails, the writer keeps taking
 * and discarding input so the scanning thread never blocks for ever, and the failure is rethrown to the scanning
 * thread by its next {@link #put} or by {@link #finish}.
 */
final class BatchWriter implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(BatchWriter.class.getName());

    /** IX-45's bound of the writer's input, in jobs (a file gives one job, seldom two). */
    static final int QUEUE_CAPACITY = 512;

    static final int JOBS_PER_BATCH = IndexWriter.MAX_FILES_PER_TRANSACTION;

    /** One file's jobs (none for an unchanged file), or the end of input. */
    private record Entry(List<IndexJob> jobs, long files, String completedFingerprint, boolean end) {}

    private final IndexWriter writer;
    private final BlockingQueue<Entry> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final AtomicLong committedFiles = new AtomicLong();
    private final List<BatchResult.FileFailure> failures = new ArrayList<>(); // guarded by this
    private final Thread thread;
    private volatile Throwable failure;
    private boolean ended;

    BatchWriter(IndexWriter writer) {
        this.writer = writer;
        this.thread = Thread.ofPlatform().name("index-writer").daemon(true).start(this::drain);
    }

    /**
     * Queues one file's jobs, blocking while the queue is full.
     *
     * @param files how many scanned files these jobs complete (0 for the walk's skip rows)
     * @throws shaktiman.core.port.IndexStoreException what the writer threw, if an earlier transaction failed
     */
    void put(List<IndexJob> jobs, long files) {
        throwIfFailed();
        enqueue(new Entry(List.copyOf(jobs), files, null, false));
    }

    /** The number of files whose batch has committed so far; any thread may ask. */
    long committedFiles() {
        return committedFiles.get();
    }

    /**
     * Commits what is queued, with the completion record for {@code completedFingerprint} unless it is null, and waits
     * for the writer thread to end.
     *
     * @return the files whose write failed (IX-44)
     * @throws shaktiman.core.port.IndexStoreException what the writer threw, if a transaction failed
     */
    List<BatchResult.FileFailure> finish(String completedFingerprint) {
        end(completedFingerprint);
        throwIfFailed();
        synchronized (this) {
            return List.copyOf(failures);
        }
    }

    /** Ends the writer thread without a completion record if {@link #finish} was not reached; waits for it. */
    @Override
    public void close() {
        if (!ended) {
            end(null);
        }
    }

    private void end(String completedFingerprint) {
        ended = true;
        enqueue(new Entry(List.of(), 0, completedFingerprint, true));
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                // The writer thread is committing what was queued: wait for it, then keep the interrupt.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void enqueue(Entry entry) {
        try {
            queue.put(entry);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while queueing index jobs for the writer", e);
        }
    }

    private void throwIfFailed() {
        switch (failure) {
            case null -> {}
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            case Throwable e -> throw new AssertionError("IndexWriter.apply threw a checked exception", e);
        }
    }

    /** The writer thread: gathers, commits, and after a failure only discards. */
    private void drain() {
        List<IndexJob> pending = new ArrayList<>();
        long pendingFiles = 0;
        while (true) {
            Entry entry = next();
            if (entry.end()) {
                commit(pending, pendingFiles, entry.completedFingerprint());
                return;
            }
            if (entry.jobs().isEmpty() && pending.isEmpty()) {
                committedFiles.addAndGet(entry.files()); // nothing to write for it
                continue;
            }
            pending.addAll(entry.jobs());
            pendingFiles += entry.files();
            if (pending.size() >= JOBS_PER_BATCH) {
                pendingFiles = commit(pending, pendingFiles, null);
            }
        }
    }

    /** The next entry, waiting for it. */
    private Entry next() {
        while (true) {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                // Nobody interrupts this private thread; if something does, the queued work still has to commit.
                LOG.log(System.Logger.Level.DEBUG, "index writer thread interrupted; it goes on until the scan ends");
            }
        }
    }

    /** Commits {@code pending} (if any, or a completion record) unless an earlier commit failed; returns 0. */
    private long commit(List<IndexJob> pending, long pendingFiles, String completedFingerprint) {
        if (failure == null && (!pending.isEmpty() || completedFingerprint != null)) {
            IndexBatch batch = completedFingerprint == null
                    ? IndexBatch.of(List.copyOf(pending))
                    : IndexBatch.completingFullIndex(List.copyOf(pending), completedFingerprint);
            try {
                BatchResult result = writer.apply(batch);
                synchronized (this) {
                    failures.addAll(result.failures());
                }
            } catch (RuntimeException | Error e) {
                // Handed to the scanning thread, which rethrows it; the scan stops there.
                failure = e;
            }
        }
        pending.clear();
        committedFiles.addAndGet(pendingFiles);
        return 0;
    }
}
