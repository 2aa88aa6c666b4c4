package shaktiman.app.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import shaktiman.adapters.embed.HashingEmbedder;
import shaktiman.adapters.store.BruteForceVectorStore;
import shaktiman.adapters.store.SqliteIndexStore;
import shaktiman.core.embed.EmbedWorker;
import shaktiman.core.embed.EmbeddingFingerprint;
import shaktiman.core.embed.EmbeddingSnapshot;
import shaktiman.core.embed.SemanticIndex;
import shaktiman.core.embed.VectorSignal;
import shaktiman.core.port.IndexReader;
import shaktiman.core.query.SemanticSignal;
import shaktiman.testkit.Await;

/**
 * The {@code hashing} provider's semantic signal over a benchmark copy's index, built from the leader's own parts:
 * {@link SemanticIndex} embeds every chunk of the index with {@link HashingEmbedder} into a {@link
 * BruteForceVectorStore} (the embed worker, IX-53), and the signal is the cosine of the query's vector ({@link
 * SemanticIndex#queryVector}) with each candidate's (MCP-41). Owns the writable store it opens on the copy.
 */
final class HashingSemantic implements AutoCloseable {

    private static final int BATCH = 64;

    private final SqliteIndexStore store;
    private final HashingEmbedder embedder;
    private final BruteForceVectorStore vectors;
    private final SemanticIndex semantic;

    private HashingSemantic(
            SqliteIndexStore store, HashingEmbedder embedder, BruteForceVectorStore vectors, SemanticIndex semantic) {
        this.store = store;
        this.embedder = embedder;
        this.vectors = vectors;
        this.semantic = semantic;
    }

    /** Embeds every chunk of the index at {@code db}, failing once {@code deadline} passes first. */
    static HashingSemantic embedAll(Path db, Path vectorFile, Duration deadline) {
        SqliteIndexStore store = SqliteIndexStore.openForWriting(db);
        HashingEmbedder embedder = new HashingEmbedder();
        BruteForceVectorStore vectors =
                BruteForceVectorStore.open(vectorFile, embedder.dims(), EmbeddingFingerprint.of(embedder, ""));
        SemanticIndex semantic = new SemanticIndex(
                store.embeddingQueue(),
                vectors,
                embedder,
                new SemanticIndex.Settings(EmbedWorker.Settings.of(BATCH, ""), "", 0),
                Clock.systemUTC());
        HashingSemantic built = new HashingSemantic(store, embedder, vectors, semantic);
        try {
            semantic.start();
            Await.until("every chunk of " + db + " embedded by the hashing provider", deadline, () -> {
                EmbeddingSnapshot status = semantic.status();
                if (status.lastError().isPresent()) {
                    throw new AssertionError(
                            "embedding " + db + " failed: " + status.lastError().get());
                }
                return status.embeddedChunks() >= status.totalChunks();
            });
            return built;
        } catch (RuntimeException | AssertionError e) {
            built.close();
            throw e;
        }
    }

    /** How many chunks have a vector. */
    long embedded() {
        return vectors.count();
    }

    /** The index's reader, through the store this owns. */
    IndexReader reader() {
        return store.reader();
    }

    /**
     * MCP-41's semantic signal as the leader builds it: cosines of the query's hashing vector with the candidates'
     * vectors, and the nearest vectors as candidates of their own (MCP-26 step 2).
     */
    SemanticSignal signal() {
        return new VectorSignal(semantic::queryVector, vectors);
    }

    @Override
    public void close() {
        try (store;
                embedder;
                vectors) {
            semantic.close();
        }
    }
}
