package shaktiman.testkit.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import shaktiman.core.embed.Reconciliation;
import shaktiman.core.embed.VectorReconciler;
import shaktiman.core.port.EmbeddingQueue;
import shaktiman.testkit.fake.InMemoryIndexStore;
import shaktiman.testkit.fake.InMemoryVectorStore;

/** Verifies startup reconciliation (IX-55): orphan vectors go, chunks whose vector is missing are embedded again. */
class VectorReconcilerTest {
    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private static final float[] SOME = {1, 0, 0, 0};

    private final InMemoryIndexStore store = new InMemoryIndexStore();
    private final EmbeddingQueue queue = store.embeddingQueue();
    private final InMemoryVectorStore vectors = new InMemoryVectorStore(4);

    @Test
    void reconcile_deletesOrphansAndResetsChunksWithoutAVector() {
        IndexedFiles.write(store, "f", 1);
        long[] ids = queue.chunkIds();
        queue.markEmbedded(List.of(ids[0], ids[1]));
        vectors.upsert(List.of(ids[0], 999L, 1_000L), List.of(SOME, SOME, SOME));

        Reconciliation result = new VectorReconciler(queue, vectors).reconcile();

        assertThat(result).isEqualTo(new Reconciliation(2, 1));
        assertThat(vectors.ids()).containsExactly(ids[0]);
        assertThat(queue.embeddedChunkIds()).containsExactly(ids[0]);
        assertThat(queue.due(NOW, 0, 10)).extracting(c -> c.chunkId()).containsExactly(ids[1], ids[2]);
    }

    @Test
    void reconcile_ofAConsistentState_changesNothing() {
        IndexedFiles.write(store, "f", 1);
        long[] ids = queue.chunkIds();
        queue.markEmbedded(List.of(ids[0]));
        vectors.upsert(List.of(ids[0]), List.of(SOME));

        Reconciliation result = new VectorReconciler(queue, vectors).reconcile();

        assertThat(result).isEqualTo(new Reconciliation(0, 0));
        assertThat(vectors.count()).isEqualTo(1);
    }
}
