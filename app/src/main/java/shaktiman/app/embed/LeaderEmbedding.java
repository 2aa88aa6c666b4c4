package shaktiman.app.embed;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shaktiman.adapters.store.BruteForceVectorStore;
import shaktiman.app.config.Config;
import shaktiman.app.config.TestHooks;
import shaktiman.core.daemon.ProjectLayout;
import shaktiman.core.embed.EmbeddingSnapshot;
import shaktiman.core.embed.QueryCacheCounts;
import shaktiman.core.embed.Reconciliation;
import shaktiman.core.embed.SemanticIndex;
import shaktiman.core.embed.VectorSignal;
import shaktiman.core.port.BatchResult;
import shaktiman.core.port.Embedder;
import shaktiman.core.port.IndexStore;
import shaktiman.core.port.VectorHit;
import shaktiman.core.query.SemanticSignal;
import shaktiman.core.tools.EmbeddingStatus;

/**
 * The leader's embedding side (indexing.md §6): with {@code embedding.enabled} it owns the provider, the {@code
 * brute_force} vector store on {@code S/embeddings.bin} and the {@link SemanticIndex} over the store's embedding queue;
 * without it, it opens nothing and leaves the vector file alone (IX-61). It is the engine's semantic signal (MCP-41),
 * takes the index's commits (IX-47) and reports the numbers of {@code summary.embedding} and {@code enrichment_status}.
 *
 * <p>Building it reads nothing. {@link #start()} loads the vectors, reconciles them and starts the worker on its own
 * thread, off the bind path (MI-13) and alongside the startup scan; until then searches are keyword-only with MCP-45's
 * warning. Commits are passed on from construction, so none is missed: deletions that reach the store before its load
 * are redone by the load's reconciliation (IX-55). Thread-safe.
 */
public final class LeaderEmbedding implements SemanticSignal, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LeaderEmbedding.class);
    /** How long {@link #close()} waits for a start still loading the vectors. */
    private static final Duration START_WAIT = Duration.ofSeconds(2);

    private enum State {
        OFF,
        STARTING,
        READY,
        FAILED,
        CLOSED
    }

    private final Embedder embedder;
    private final BruteForceVectorStore vectors;
    private final SemanticIndex semantic;
    private final SemanticSignal signal;
    private final Object lock = new Object();
    private State state; // guarded by lock
    private String failure = ""; // guarded by lock
    private Thread starter; // guarded by lock

    private LeaderEmbedding(Embedder embedder, BruteForceVectorStore vectors, SemanticIndex semantic, State state) {
        this.embedder = embedder;
        this.vectors = vectors;
        this.semantic = semantic;
        this.signal = semantic == null ? SemanticSignal.DISABLED : new VectorSignal(semantic::queryVector, vectors);
        this.state = state;
    }

    /** Embeddings off: no provider, no vectors, circuit {@code disabled}. */
    public static LeaderEmbedding off() {
        return new LeaderEmbedding(null, null, null, State.OFF);
    }

    /**
     * The embedding side {@code config} asks for, over {@code store}'s embedding queue: {@link #off()} when {@code
     * embedding.enabled} is false. Nothing is loaded or started yet.
     */
    public static LeaderEmbedding open(Config config, ProjectLayout layout, TestHooks hooks, IndexStore store) {
        Config.Embedding embedding = config.embedding();
        if (!embedding.enabled()) {
            return off();
        }
        Embedder embedder = EmbeddingAssembly.embedder(embedding);
        BruteForceVectorStore vectors = null;
        try {
            vectors = EmbeddingAssembly.vectorStore(layout, embedder, embedding, hooks);
            SemanticIndex semantic = new SemanticIndex(
                    store.embeddingQueue(),
                    vectors,
                    embedder,
                    EmbeddingAssembly.settings(embedding, hooks),
                    Clock.systemUTC());
            return new LeaderEmbedding(embedder, vectors, semantic, State.STARTING);
        } catch (RuntimeException e) {
            if (vectors != null) {
                vectors.close();
            }
            embedder.close();
            throw e;
        }
    }

    /** Whether embeddings are on. */
    public boolean enabled() {
        return semantic != null;
    }

    /**
     * Loads the vectors, applies the embedding fingerprint, reconciles and starts the embed worker and the saver, on a
     * thread of its own; returns at once. A failure is logged and leaves search keyword-only, with the reason in its
     * warning. Does nothing when off. Call once.
     */
    public void start() {
        synchronized (lock) {
            if (state != State.STARTING || starter != null) {
                return;
            }
            starter = Thread.ofPlatform().name("shaktiman-embed-start").start(this::load);
        }
    }

    private void load() {
        try {
            Reconciliation reconciled = semantic.start();
            synchronized (lock) {
                if (state == State.STARTING) {
                    state = State.READY;
                }
            }
            LOG.atInfo()
                    .addKeyValue("provider", embedder.provider())
                    .addKeyValue("model", embedder.modelId())
                    .addKeyValue("vectors", vectors.count())
                    .addKeyValue("reconciled", reconciled.toString())
                    .log("embedding started");
        } catch (RuntimeException e) {
            LOG.atError().setCause(e).log("cannot start embedding; search stays keyword-only");
            synchronized (lock) {
                if (state == State.STARTING) {
                    state = State.FAILED;
                    failure = "the embedding side failed to start (" + e.getMessage() + ")";
                }
            }
        }
    }

    /**
     * IX-47 after a committed batch: the vectors of its removed chunks are deleted and the worker is woken. Never
     * throws: the commit stands, and reconciliation at the next start repairs what a failure here left.
     */
    public void afterCommit(BatchResult result) {
        if (semantic == null) {
            return;
        }
        synchronized (lock) {
            if (state == State.CLOSED) {
                return;
            }
        }
        try {
            semantic.afterCommit(result);
        } catch (RuntimeException e) {
            LOG.atWarn().setCause(e).log("cannot pass a commit to the embedding side; the next start reconciles");
        }
    }

    @Override
    public Similarities similarities(String query, Collection<Long> chunkIds) {
        return switch (current()) {
            case OFF -> new Similarities.Disabled();
            case READY -> signal.similarities(query, chunkIds);
            case STARTING -> new Similarities.Unavailable("the vectors are still loading");
            case FAILED, CLOSED -> new Similarities.Unavailable(failureReason());
        };
    }

    @Override
    public List<VectorHit> nearest(String query, int k) {
        return current() == State.READY ? signal.nearest(query, k) : List.of();
    }

    /** The query-vector cache's hits and misses since this leader started (MCP-54); none when off. */
    public QueryCacheCounts queryCache() {
        return semantic == null ? QueryCacheCounts.NONE : semantic.queryCache();
    }

    /** {@code enrichment_status}'s numbers (MCP-39); {@code totalChunks} is used only when off. */
    public EmbeddingSnapshot snapshot(long totalChunks) {
        return semantic == null ? EmbeddingSnapshot.disabled(totalChunks) : semantic.status();
    }

    /** {@code summary.embedding} (MCP-38). */
    public EmbeddingStatus summary() {
        if (semantic == null) {
            return EmbeddingStatus.disabled();
        }
        EmbeddingSnapshot status = semantic.status();
        return new EmbeddingStatus(true, status.embeddingPct(), status.circuitState());
    }

    /**
     * MI-52 step 6: stops the worker, saves the vectors if they changed, then closes the store and the provider, in
     * that order. A start still loading is waited for briefly; if it does not end, the parts are left to the process
     * exit. Idempotent.
     */
    @Override
    public void close() {
        if (semantic == null) {
            return;
        }
        Thread loading;
        synchronized (lock) {
            if (state == State.CLOSED) {
                return;
            }
            state = State.CLOSED;
            failure = "the daemon is shutting down";
            loading = starter;
        }
        if (loading != null && !awaitStart(loading)) {
            throw new IllegalStateException("the vectors were still loading after " + START_WAIT.toSeconds()
                    + " s; left unsaved for the next start to reconcile");
        }
        try (embedder;
                vectors) {
            semantic.close();
        }
    }

    private static boolean awaitStart(Thread loading) {
        try {
            return loading.join(START_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private State current() {
        synchronized (lock) {
            return state;
        }
    }

    private String failureReason() {
        synchronized (lock) {
            return Objects.requireNonNullElse(failure, "");
        }
    }
}
