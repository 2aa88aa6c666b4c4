package shaktiman.core.embed;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import shaktiman.core.port.BatchResult;
import shaktiman.core.port.Embedder;
import shaktiman.core.port.EmbeddingCounts;
import shaktiman.core.port.EmbeddingQueue;
import shaktiman.core.port.VectorLoad;
import shaktiman.core.port.VectorStore;

/**
 * The leader's embedding side in one place (indexing.md §6): it loads the vectors, applies the embedding fingerprint
 * (IX-52), reconciles (IX-55), runs the embed worker (IX-53) and the saver (IX-59), deletes stale vectors and wakes
 * the worker after each commit (IX-47, IX-54), embeds queries (MCP-45) and reports {@code enrichment_status}
 * (MCP-39). It owns the worker and the saver; the queue's store, the vector store and the embedder are the caller's.
 *
 * <pre>{@code
 * String fingerprint = EmbeddingFingerprint.of(embedder, documentPrefix);
 * try (VectorStore vectors = BruteForceVectorStore.open(stateDir.resolve("embeddings.bin"), embedder.dims(), fingerprint);
 *         SemanticIndex semantic = new SemanticIndex(store.embeddingQueue(), vectors, embedder, settings, clock)) {
 *     semantic.start();
 *     // after every IndexWriter.apply: semantic.afterCommit(result);
 * }
 * }</pre>
 */
public final class SemanticIndex implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SemanticIndex.class.getName());

    /**
     * The configuration the embedding side reads (IX-67).
     *
     * @param worker the worker's batch size, document prefix, poll and {@code embedDelayMs} hook
     * @param queryPrefix {@code embedding.query_prefix}
     * @param embedFailures the {@code embedFailures} test hook, 0 when off
     */
    public record Settings(EmbedWorker.Settings worker, String queryPrefix, int embedFailures) {
        public Settings {
            Objects.requireNonNull(worker, "worker");
            Objects.requireNonNull(queryPrefix, "queryPrefix");
            if (embedFailures < 0) {
                throw new IllegalArgumentException("embedFailures must not be negative; got " + embedFailures);
            }
        }
    }

    private final EmbeddingQueue queue;
    private final VectorStore store;
    private final Embedder embedder;
    private final Clock clock;
    private final String fingerprint;
    private final GuardedEmbedder guarded;
    private final StaleVectors stale;
    private final EmbedWorker worker;
    private final VectorSaver saver;
    private final QueryVectors queries;

    /** Builds the embedding side; nothing runs until {@link #start()}. */
    public SemanticIndex(EmbeddingQueue queue, VectorStore store, Embedder embedder, Settings settings, Clock clock) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.store = Objects.requireNonNull(store, "store");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(settings, "settings");
        this.fingerprint = EmbeddingFingerprint.of(embedder, settings.worker().documentPrefix());
        this.guarded = new GuardedEmbedder(embedder, new CircuitBreaker(clock), settings.embedFailures());
        this.stale = new StaleVectors(store);
        this.worker =
                new EmbedWorker(queue, store, guarded, new VectorSanitizer(embedder.dims()), settings.worker(), clock);
        this.saver = new VectorSaver(store, worker::takeActivity);
        this.queries = new QueryVectors(guarded, settings.queryPrefix());
    }

    /**
     * Loads the saved vectors, re-embeds everything when the embedding fingerprint changed (IX-52), reconciles
     * (IX-55), then starts the worker and the saver.
     *
     * @return what reconciliation did
     */
    public Reconciliation start() {
        VectorLoad loaded = store.load();
        if (queue.adoptFingerprint(fingerprint)) {
            store.clear();
            LOG.log(
                    Level.INFO,
                    "embedding fingerprint is now {0}: vectors cleared, every chunk is embedded again",
                    fingerprint);
        }
        Reconciliation reconciliation = new VectorReconciler(queue, store).reconcile();
        LOG.log(Level.DEBUG, "vector load: {0}", loaded);
        worker.start();
        saver.start();
        return reconciliation;
    }

    /** After a batch committed (IX-47): deletes the vectors of its removed chunks (IX-54), then wakes the worker. */
    public void afterCommit(BatchResult result) {
        stale.removed(result.deletedChunkIds());
        worker.wake();
    }

    /** The vector of a search query, or why there is none (MCP-45). */
    public QueryVector queryVector(String query) {
        return queries.vectorFor(query);
    }

    /** The query-vector cache's hits and misses (MCP-54). */
    public QueryCacheCounts queryCache() {
        return queries.counts();
    }

    /** The vector store, for MCP-41's semantic signal. */
    public VectorStore vectors() {
        return store;
    }

    /** The numbers of {@code enrichment_status} (MCP-39). */
    public EmbeddingSnapshot status() {
        EmbeddingCounts counts = queue.counts(clock.instant());
        long embedded = Math.min(counts.embedded(), counts.chunks());
        return new EmbeddingSnapshot(
                true,
                Optional.of(embedder.provider()),
                Optional.of(embedder.modelId()),
                counts.chunks(),
                embedded,
                EmbeddingSnapshot.percent(embedded, counts.chunks()),
                counts.due(),
                worker.inFlight(),
                stale.pending(),
                guarded.circuitState(),
                worker.lastError());
    }

    /** Stops the worker, then the saver, which saves once more if anything changed. Idempotent. */
    @Override
    public void close() {
        worker.close();
        saver.close();
    }
}
