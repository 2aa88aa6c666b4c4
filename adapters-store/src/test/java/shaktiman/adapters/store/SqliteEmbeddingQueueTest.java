package shaktiman.adapters.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shaktiman.core.port.EmbedFailure;
import shaktiman.core.port.IndexStore;
import shaktiman.core.port.IndexStoreException;
import shaktiman.testkit.TestFiles;
import shaktiman.testkit.contract.EmbeddingQueueContract;

/** Verifies that the SQLite store's embedding queue keeps the embedding queue contract, and what it stores. */
class SqliteEmbeddingQueueTest extends EmbeddingQueueContract {
    @Override
    protected IndexStore openFresh(Path dir) {
        return SqliteIndexStore.openForWriting(dir.resolve("index.db"));
    }

    @Test
    void recordFailures_storesTheErrorAndRetryTimeInTheChunkRow(@TempDir Path dir) {
        try (StoreUnderTest subject = new StoreUnderTest(dir)) {
            subject.write(
                    TestFiles.file("a.go").function("alpha", "func alpha() {}").build());
            long id = subject.store.embeddingQueue().chunkIds()[0];

            subject.store
                    .embeddingQueue()
                    .recordFailures(List.of(
                            new EmbedFailure(id, "ollama answered 500", Instant.parse("2025-03-01T12:00:30Z"))));

            assertThat(subject.dump.lines("SELECT embedded || ' ' || embed_attempts || ' ' || embed_error || ' / '"
                            + " || next_embed_at FROM chunks WHERE id = " + id))
                    .containsExactly("0 1 ollama answered 500 / 2025-03-01T12:00:30.000Z");
        }
    }

    @Test
    void writes_onAReadOnlyStore_failReadOnly(@TempDir Path dir) {
        Path db = dir.resolve("index.db");
        SqliteIndexStore.openForWriting(db).close();
        try (SqliteIndexStore readOnly = SqliteIndexStore.openReadOnly(db)) {
            assertThat(readOnly.embeddingQueue().chunkIds()).isEmpty();
            assertThatThrownBy(() -> readOnly.embeddingQueue().markEmbedded(List.of(1L)))
                    .isInstanceOfSatisfying(
                            IndexStoreException.class,
                            e -> assertThat(e.kind()).isEqualTo(IndexStoreException.Kind.READ_ONLY));
        }
    }
}
