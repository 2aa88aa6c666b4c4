package shaktiman.testkit.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import shaktiman.core.embed.StaleVectors;
import shaktiman.testkit.fake.InMemoryVectorStore;

/** Verifies that the vectors of removed chunks are deleted after a commit, or counted as stale until they are (IX-54). */
class StaleVectorsTest {
    private static final float[] SOME = {0, 1, 0, 0};

    @Test
    void removed_deletesTheVectorsAtOnce() {
        InMemoryVectorStore vectors = new InMemoryVectorStore(4);
        vectors.upsert(List.of(1L, 2L, 3L), List.of(SOME, SOME, SOME));
        StaleVectors stale = new StaleVectors(vectors);

        stale.removed(List.of(1L, 3L, 42L));

        assertThat(vectors.ids()).containsExactly(2L);
        assertThat(stale.pending()).isZero();
    }

    @Test
    void removed_whenTheStoreFails_keepsTheIdsAsStale() {
        InMemoryVectorStore vectors = new InMemoryVectorStore(4);
        StaleVectors stale = new StaleVectors(vectors);
        vectors.close();

        stale.removed(List.of(1L, 3L));
        stale.removed(List.of(3L, 5L));

        assertThat(stale.pending()).isEqualTo(3);
    }
}
