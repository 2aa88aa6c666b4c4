package shaktiman.core.embed;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import shaktiman.core.port.EmbedCandidate;
import shaktiman.core.port.EmbedFailure;
import shaktiman.core.port.EmbeddingQueue;
import shaktiman.core.port.VectorStore;

/**
 * The one embed worker (IX-53): the database is the queue. A pass reads the due chunks in pages of {@value #PAGE}
 * ascending ids and embeds each page in batches; it runs when {@link #wake()} is called (after every commit, IX-47)
 * and at least every poll interval (5 s).
 *
 * <ul>
 *   <li><b>Success:</b> the sanitized vectors are upserted into the store first, then the chunks are marked embedded
 *       through the store's writer; a chunk that vanished meanwhile has its new vector deleted again. A chunk is never
 *       marked embedded without a vector.
 *   <li><b>Failure</b> (provider error, or a vector rejected by the sanitizer): the chunk stays not embedded, its
 *       attempts grow and it is due again after {@link RetryBackoff}.
 *   <li>While the circuit breaker refuses calls, the pass ends and the next one tries again.
 * </ul>
 *
 * <p>It runs on its own platform thread (the store calls are JNI). {@link #close()} stops it and waits for the batch in
 * flight. Thread-safe.
 */
public final class EmbedWorker implements AutoCloseable {
    /** Chunks read from the queue per query (IX-53). */
    public static final int PAGE = 256;

    private static final System.Logger LOG = System.getLogger(EmbedWorker.class.getName());

    /**
     * How the worker runs.
     *
     * @param batchSize texts per provider call ({@code embedding.batch_size}, 128)
     * @param documentPrefix put before every chunk text ({@code embedding.document_prefix})
     * @param pollInterval the longest wait between passes (5 s, IX-53)
     * @param batchDelay a cancellable sleep before each batch: the {@code embedDelayMs} test hook (MCP §6), zero when off
     */
    public record Settings(int batchSize, String documentPrefix, Duration pollInterval, Duration batchDelay) {
        /** IX-53's poll interval. */
        public static final Duration POLL_INTERVAL = Duration.ofSeconds(5);

        public Settings {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batchSize must be at least 1; got " + batchSize);
            }
            Objects.requireNonNull(documentPrefix, "documentPrefix");
            Objects.requireNonNull(pollInterval, "pollInterval");
            Objects.requireNonNull(batchDelay, "batchDelay");
            if (pollInterval.isNegative() || pollInterval.isZero()) {
                throw new IllegalArgumentException("pollInterval must be positive; got " + pollInterval);
            }
            if (batchDelay.isNegative()) {
                throw new IllegalArgumentException("batchDelay must not be negative; got " + batchDelay);
            }
        }

        /** {@code batchSize} and {@code documentPrefix} with the 5 s poll and no test delay. */
        public static Settings of(int batchSize, String documentPrefix) {
            return new Settings(batchSize, documentPrefix, POLL_INTERVAL, Duration.ZERO);
        }

        public Settings withBatchDelay(Duration delay) {
            return new Settings(batchSize, documentPrefix, pollInterval, delay);
        }

        public Settings withPollInterval(Duration interval) {
            return new Settings(batchSize, documentPrefix, interval, batchDelay);
        }
    }

    private final EmbeddingQueue queue;
    private final VectorStore store;
    private final GuardedEmbedder embedder;
    private final VectorSanitizer sanitizer;
    private final Settings settings;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition signal = lock.newCondition();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private final Thread thread;
    private boolean woken; // guarded by lock
    private boolean closed; // guarded by lock
    private boolean started; // guarded by lock
    private volatile boolean active;

    /** A worker that is not yet running; {@link #start()} starts it. */
    public EmbedWorker(
            EmbeddingQueue queue,
            VectorStore store,
            GuardedEmbedder embedder,
            VectorSanitizer sanitizer,
            Settings settings,
            Clock clock) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.store = Objects.requireNonNull(store, "store");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.sanitizer = Objects.requireNonNull(sanitizer, "sanitizer");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (embedder.embedder().dims() != store.dims()) {
            throw new IllegalArgumentException(
                    "embedder dims " + embedder.embedder().dims() + " differ from vector store dims " + store.dims());
        }
        if (settings.batchDelay().isPositive()) {
            LOG.log(
                    Level.WARNING,
                    "test hook active: embedDelayMs={0} sleeps before each embedding batch",
                    settings.batchDelay().toMillis());
        }
        this.thread = Thread.ofPlatform().name("shaktiman-embed").daemon(true).unstarted(this::run);
    }

    /** Starts the worker thread; it makes a first pass at once. Call once. */
    public void start() {
        lock.lock();
        try {
            if (started || closed) {
                throw new IllegalStateException("embed worker already " + (closed ? "closed" : "started"));
            }
            started = true;
            woken = true;
        } finally {
            lock.unlock();
        }
        thread.start();
    }

    /** Asks for a pass as soon as the current one ends (IX-47: after every commit). Never blocks. */
    public void wake() {
        lock.lock();
        try {
            woken = true;
            signal.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The number of chunks in the provider call now running ({@code in_flight}, MCP-39). */
    public int inFlight() {
        return inFlight.get();
    }

    /** The last failure of a batch, until a batch succeeds ({@code last_error}, MCP-39). */
    public Optional<String> lastError() {
        return Optional.ofNullable(lastError.get());
    }

    /** Whether a pass embedded something since the last call (IX-59 saves every 30 s while this holds). */
    public boolean takeActivity() {
        boolean was = active;
        active = false;
        return was;
    }

    /** Stops the worker and waits for the batch in flight to end. Idempotent. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            signal.signalAll();
        } finally {
            lock.unlock();
        }
        if (thread.isAlive() && Thread.currentThread() != thread) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                LOG.log(Level.WARNING, "interrupted while waiting for the embed worker to stop; it stops by itself");
            }
        }
    }

    private void run() {
        while (awaitWork()) {
            try {
                pass();
            } catch (RuntimeException e) {
                if (isClosed()) {
                    return; // the store closed under a pass that was shutting down anyway
                }
                // Recovered: the queue is in the database, so the next pass (at the next wake or poll) resumes it.
                lastError.set(e.getMessage());
                LOG.log(Level.WARNING, "embed pass failed; retrying at the next wake-up", e);
            }
        }
    }

    /** Waits for a wake-up or the poll interval; false once closed. */
    private boolean awaitWork() {
        lock.lock();
        try {
            long nanos = settings.pollInterval().toNanos();
            while (!woken && !closed && nanos > 0) {
                nanos = signal.awaitNanos(nanos);
            }
            woken = false;
            return !closed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    private void pass() {
        long afterId = 0;
        while (!isClosed()) {
            List<EmbedCandidate> page = queue.due(clock.instant(), afterId, PAGE);
            if (page.isEmpty()) {
                return;
            }
            for (int from = 0; from < page.size(); from += settings.batchSize()) {
                List<EmbedCandidate> batch = page.subList(from, Math.min(page.size(), from + settings.batchSize()));
                if (!delayBatch() || !embed(batch)) {
                    return;
                }
            }
            afterId = page.getLast().chunkId();
        }
    }

    /** The {@code embedDelayMs} hook's sleep, cut short by close; false when closed. */
    private boolean delayBatch() {
        lock.lock();
        try {
            long nanos = settings.batchDelay().toNanos();
            while (!closed && nanos > 0) {
                nanos = signal.awaitNanos(nanos);
            }
            return !closed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    /** Embeds one batch; false when the breaker refused it, so the pass ends. */
    private boolean embed(List<EmbedCandidate> batch) {
        inFlight.set(batch.size());
        try {
            List<String> texts = new ArrayList<>(batch.size());
            for (EmbedCandidate candidate : batch) {
                texts.add(settings.documentPrefix() + candidate.content());
            }
            return switch (embedder.embed(texts)) {
                case EmbedOutcome.Refused refused -> false;
                case EmbedOutcome.Failed failed -> {
                    lastError.set(failed.message());
                    fail(batch, failed.message());
                    yield true;
                }
                case EmbedOutcome.Embedded embedded -> {
                    store(batch, embedded.vectors());
                    yield true;
                }
            };
        } finally {
            inFlight.set(0);
        }
    }

    private void store(List<EmbedCandidate> batch, List<float[]> vectors) {
        List<Long> ids = new ArrayList<>();
        List<float[]> accepted = new ArrayList<>();
        List<EmbedCandidate> rejected = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            EmbedCandidate candidate = batch.get(i);
            Optional<VectorSanitizer.Reason> reason = sanitizer.check(candidate.chunkId(), vectors.get(i));
            if (reason.isPresent()) {
                rejected.add(candidate);
                reasons.add("vector rejected: " + reason.get().text());
            } else {
                ids.add(candidate.chunkId());
                accepted.add(vectors.get(i));
            }
        }
        if (!ids.isEmpty()) {
            store.upsert(ids, accepted);
            Set<Long> marked = queue.markEmbedded(ids);
            if (marked.size() < ids.size()) {
                // Chunks deleted while their vectors were computed: their commit could not delete these vectors yet.
                Set<Long> vanished = new HashSet<>(ids);
                vanished.removeAll(marked);
                store.delete(vanished);
            }
            active = true;
        }
        if (rejected.isEmpty()) {
            lastError.set(null);
            return;
        }
        Instant now = clock.instant();
        List<EmbedFailure> failures = new ArrayList<>();
        for (int i = 0; i < rejected.size(); i++) {
            EmbedCandidate candidate = rejected.get(i);
            failures.add(new EmbedFailure(
                    candidate.chunkId(), reasons.get(i), now.plus(RetryBackoff.after(candidate.attempts() + 1))));
        }
        lastError.set(reasons.getLast());
        queue.recordFailures(failures);
    }

    private void fail(List<EmbedCandidate> batch, String error) {
        Instant now = clock.instant();
        List<EmbedFailure> failures = new ArrayList<>(batch.size());
        for (EmbedCandidate candidate : batch) {
            failures.add(new EmbedFailure(
                    candidate.chunkId(), error, now.plus(RetryBackoff.after(candidate.attempts() + 1))));
        }
        queue.recordFailures(failures);
    }

    private boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }
}
