package shaktiman.app.embed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import shaktiman.adapters.store.BruteForceVectorStore;
import shaktiman.app.config.Config;
import shaktiman.app.config.TestHooks;
import shaktiman.core.daemon.ProjectLayout;
import shaktiman.core.embed.CircuitBreaker;
import shaktiman.core.embed.GuardedEmbedder;
import shaktiman.core.embed.QueryVectors;
import shaktiman.core.embed.VectorSignal;
import shaktiman.core.port.Embedder;
import shaktiman.core.port.VectorHit;
import shaktiman.core.port.VectorLoad;
import shaktiman.core.query.SemanticSignal;

/**
 * The semantic signal of the CLI's read commands (MI-42): with {@code embedding.enabled}, the last vector file the
 * leader saved atomically is loaded read-only (never saved, never created) and queries are embedded in process by the
 * configured provider, so {@code shaktiman search} ranks as the {@code search} tool does once the file is current.
 * With no usable file the signal is unavailable, so search says so in MCP-45's warning and stays keyword-only; with
 * embeddings off it is {@link SemanticSignal#DISABLED}. The vectors may lag the index by up to one save interval
 * (IX-59): chunks embedded since have no vector yet, and vectors of removed chunks match no chunk and are left out.
 */
public final class ReadOnlyEmbedding implements SemanticSignal, AutoCloseable {
    private final Embedder embedder;
    private final BruteForceVectorStore vectors;
    private final SemanticSignal signal;

    private ReadOnlyEmbedding(Embedder embedder, BruteForceVectorStore vectors, SemanticSignal signal) {
        this.embedder = embedder;
        this.vectors = vectors;
        this.signal = signal;
    }

    /** No semantic signal, for commands that rank nothing. */
    public static ReadOnlyEmbedding off() {
        return new ReadOnlyEmbedding(null, null, SemanticSignal.DISABLED);
    }

    /** The signal {@code config} asks for over the project's saved vectors. */
    public static ReadOnlyEmbedding open(Config config, ProjectLayout layout) {
        Config.Embedding embedding = config.embedding();
        if (!embedding.enabled()) {
            return off();
        }
        Path file = EmbeddingAssembly.vectorFile(layout);
        if (!Files.isRegularFile(file)) {
            return new ReadOnlyEmbedding(null, null, unavailable("no vectors saved yet in " + file));
        }
        Embedder embedder = EmbeddingAssembly.embedder(embedding);
        BruteForceVectorStore vectors = null;
        try {
            vectors = EmbeddingAssembly.vectorStore(layout, embedder, embedding, TestHooks.none());
            VectorLoad loaded = vectors.load();
            if (loaded instanceof VectorLoad.Rejected(String reason)) {
                vectors.close();
                embedder.close();
                return new ReadOnlyEmbedding(null, null, unavailable("vector file rejected: " + reason));
            }
            // A breaker of its own: one CLI call makes one query embedding, so it never opens, but the query path is
            // the leader's (MCP-45's prefix and sanitizer).
            QueryVectors queries = new QueryVectors(
                    new GuardedEmbedder(embedder, new CircuitBreaker(Clock.systemUTC()), 0), embedding.queryPrefix());
            return new ReadOnlyEmbedding(embedder, vectors, new VectorSignal(queries::vectorFor, vectors));
        } catch (RuntimeException e) {
            if (vectors != null) {
                vectors.close();
            }
            embedder.close();
            throw e;
        }
    }

    private static SemanticSignal unavailable(String reason) {
        return (query, chunkIds) -> new Similarities.Unavailable(reason);
    }

    @Override
    public Similarities similarities(String query, Collection<Long> chunkIds) {
        return signal.similarities(query, chunkIds);
    }

    @Override
    public List<VectorHit> nearest(String query, int k) {
        return signal.nearest(query, k);
    }

    /** Releases the loaded vectors and the provider, saving nothing. Idempotent. */
    @Override
    public void close() {
        if (vectors != null) {
            try (embedder) {
                vectors.close();
            }
        }
    }
}
