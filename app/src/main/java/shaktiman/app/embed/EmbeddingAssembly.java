package shaktiman.app.embed;

import java.nio.file.Path;
import java.time.Duration;
import shaktiman.adapters.embed.HashingEmbedder;
import shaktiman.adapters.store.BruteForceVectorStore;
import shaktiman.app.config.Config;
import shaktiman.app.config.TestHooks;
import shaktiman.core.daemon.ProjectLayout;
import shaktiman.core.embed.EmbedWorker;
import shaktiman.core.embed.EmbeddingFingerprint;
import shaktiman.core.embed.SemanticIndex;
import shaktiman.core.port.Embedder;

/**
 * The one way to build the embedding side's parts from {@code [embedding]} (IX-50, IX-58) and the test hooks: the
 * provider (behind IX-70's call log), the {@code brute_force} store on {@code S/embeddings.bin} and the settings of the
 * embed worker. The leader ({@link LeaderEmbedding}) and the CLI ({@link ReadOnlyEmbedding}) both use it, so they
 * agree on the embedding fingerprint and therefore on the vector file.
 */
final class EmbeddingAssembly {
    /** The vector file of the {@code brute_force} store, in S (MI-1, IX-58). */
    static final String VECTOR_FILE = "embeddings.bin";

    private EmbeddingAssembly() {}

    /** {@code S/embeddings.bin}. */
    static Path vectorFile(ProjectLayout layout) {
        return layout.stateDir().resolve(VECTOR_FILE);
    }

    /**
     * The configured provider, logging each call. Only {@code hashing} is in this build; the config check (IX-61) has
     * already refused the others.
     */
    static Embedder embedder(Config.Embedding embedding) {
        return switch (embedding.provider()) {
            case HASHING -> new LoggingEmbedder(new HashingEmbedder());
            case LOCAL, OLLAMA ->
                throw new AssertionError("embedding.provider \""
                        + embedding.provider().id() + "\" passed the config check but is not in this build");
        };
    }

    /** The vector store for {@code embedder}'s vectors; nothing is read until {@code load}. */
    static BruteForceVectorStore vectorStore(
            ProjectLayout layout, Embedder embedder, Config.Embedding embedding, TestHooks hooks) {
        return BruteForceVectorStore.open(
                vectorFile(layout),
                embedder.dims(),
                EmbeddingFingerprint.of(embedder, embedding.documentPrefix()),
                new BruteForceVectorStore.Options(
                        Duration.ofMillis(hooks.vectorSaveDelayMs().orElse(0))));
    }

    /** The embed worker's settings with the {@code embedDelayMs} and {@code embedFailures} hooks. */
    static SemanticIndex.Settings settings(Config.Embedding embedding, TestHooks hooks) {
        return new SemanticIndex.Settings(
                EmbedWorker.Settings.of(embedding.batchSize(), embedding.documentPrefix())
                        .withBatchDelay(Duration.ofMillis(hooks.embedDelayMs().orElse(0))),
                embedding.queryPrefix(),
                hooks.embedFailures());
    }
}
