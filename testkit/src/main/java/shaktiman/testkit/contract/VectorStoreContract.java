package shaktiman.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import shaktiman.core.port.VectorHit;
import shaktiman.core.port.VectorLoad;
import shaktiman.core.port.VectorStore;
import shaktiman.core.port.VectorStoreException;

/**
 * Verifies the behaviour every {@link VectorStore} promises in its Javadoc (IX-57); each store and fake runs it
 * through a subclass that only opens the subject.
 */
@Timeout(60)
public abstract class VectorStoreContract {
    private static final int DIMS = 4;

    @TempDir
    private Path dir;

    private final List<VectorStore> opened = new ArrayList<>();

    /** For subclasses, which only open the subject. */
    protected VectorStoreContract() {}

    /** Opens a new, empty store of {@code dims}-long vectors whose files (if any) live in {@code dir}. */
    protected abstract VectorStore openFresh(Path dir, int dims);

    private VectorStore open() {
        VectorStore store = openFresh(dir, DIMS);
        opened.add(store);
        return store;
    }

    @AfterEach
    void closeAll() {
        opened.forEach(VectorStore::close);
    }

    private static float[] v(float... components) {
        return components;
    }

    @Test
    void upsert_newIds_areCountedAndPresent() {
        VectorStore store = open();

        store.upsert(List.of(3L, 1L), List.of(v(1, 0, 0, 0), v(0, 1, 0, 0)));

        assertThat(store.count()).isEqualTo(2);
        assertThat(store.has(1)).isTrue();
        assertThat(store.has(3)).isTrue();
        assertThat(store.has(2)).isFalse();
        assertThat(store.dims()).isEqualTo(DIMS);
    }

    @Test
    void upsert_existingId_replacesItsVector() {
        VectorStore store = open();
        store.upsert(List.of(1L), List.of(v(1, 0, 0, 0)));

        store.upsert(List.of(1L), List.of(v(0, 0, 0, 2)));

        assertThat(store.count()).isEqualTo(1);
        assertThat(store.search(v(0, 0, 0, 1), 1))
                .singleElement()
                .satisfies(hit -> assertThat(hit.score()).isCloseTo(1.0, within(1e-6)));
    }

    @Test
    void upsert_withOneBadVector_changesNothing() {
        VectorStore store = open();
        store.upsert(List.of(1L), List.of(v(1, 0, 0, 0)));

        assertThatThrownBy(() -> store.upsert(List.of(2L, 3L), List.of(v(0, 1, 0, 0), v(0, 1, 0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3");

        assertThat(store.ids()).containsExactly(1L);
    }

    @Test
    void upsert_withNanOrZeroOrDuplicateOrMismatchedSizes_isRejected() {
        VectorStore store = open();

        assertThatThrownBy(() -> store.upsert(List.of(1L), List.of(v(Float.NaN, 0, 0, 0))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.upsert(List.of(1L), List.of(v(Float.POSITIVE_INFINITY, 0, 0, 0))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.upsert(List.of(1L), List.of(v(0, 0, 0, 0))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.upsert(List.of(1L, 1L), List.of(v(1, 0, 0, 0), v(0, 1, 0, 0))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.upsert(List.of(1L, 2L), List.of(v(1, 0, 0, 0))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.count()).isZero();
    }

    @Test
    void delete_isIdempotentAndIgnoresUnknownIds() {
        VectorStore store = open();
        store.upsert(List.of(1L, 2L), List.of(v(1, 0, 0, 0), v(0, 1, 0, 0)));

        store.delete(List.of(1L, 99L));
        store.delete(List.of(1L));

        assertThat(store.ids()).containsExactly(2L);
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void ids_listsLiveIdsAscending() {
        VectorStore store = open();
        store.upsert(List.of(30L, 10L, 20L), List.of(v(1, 0, 0, 0), v(0, 1, 0, 0), v(0, 0, 1, 0)));
        store.delete(List.of(20L));
        store.upsert(List.of(5L), List.of(v(0, 0, 0, 1)));

        assertThat(store.ids()).containsExactly(5L, 10L, 30L);
    }

    @Test
    void search_returnsCosinesBestFirst() {
        VectorStore store = open();
        store.upsert(List.of(1L, 2L, 3L), List.of(v(1, 0, 0, 0), v(1, 1, 0, 0), v(-1, 0, 0, 0)));

        List<VectorHit> hits = store.search(v(2, 0, 0, 0), 3);

        assertThat(hits).extracting(VectorHit::id).containsExactly(1L, 2L, 3L);
        assertThat(hits.get(0).score()).isCloseTo(1.0, within(1e-6));
        assertThat(hits.get(1).score()).isCloseTo(Math.sqrt(0.5), within(1e-6));
        assertThat(hits.get(2).score()).isCloseTo(-1.0, within(1e-6));
    }

    @Test
    void search_equalScores_putTheSmallerIdFirst() {
        VectorStore store = open();
        store.upsert(List.of(9L, 4L, 7L), List.of(v(0, 1, 0, 0), v(0, 2, 0, 0), v(0, 3, 0, 0)));

        List<VectorHit> hits = store.search(v(0, 1, 0, 0), 2);

        assertThat(hits).extracting(VectorHit::id).containsExactly(4L, 7L);
    }

    @Test
    void search_withKZeroOrNegativeOrEmptyStore_isEmpty() {
        VectorStore store = open();

        assertThat(store.search(v(1, 0, 0, 0), 5)).isEmpty();
        store.upsert(List.of(1L), List.of(v(1, 0, 0, 0)));
        assertThat(store.search(v(1, 0, 0, 0), 0)).isEmpty();
        assertThat(store.search(v(1, 0, 0, 0), -1)).isEmpty();
    }

    @Test
    void search_withKBeyondCount_returnsEveryVector() {
        VectorStore store = open();
        store.upsert(List.of(1L, 2L), List.of(v(1, 0, 0, 0), v(0, 1, 0, 0)));

        assertThat(store.search(v(1, 1, 0, 0), 10)).hasSize(2);
    }

    @Test
    void search_withWrongQueryLength_fails() {
        VectorStore store = open();
        store.upsert(List.of(1L), List.of(v(1, 0, 0, 0)));

        assertThatThrownBy(() -> store.search(v(1, 0, 0), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3");
    }

    @Test
    void search_afterDelete_neverReturnsTheDeletedId() {
        VectorStore store = open();
        store.upsert(List.of(1L, 2L), List.of(v(1, 0, 0, 0), v(0.9f, 0.1f, 0, 0)));
        store.delete(List.of(1L));

        assertThat(store.search(v(1, 0, 0, 0), 5)).extracting(VectorHit::id).containsExactly(2L);
    }

    @Test
    void search_matchesExactCosineRankingOnRandomVectors() {
        VectorStore store = open();
        Random random = new Random(42);
        List<Long> ids = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        for (long id = 1; id <= 200; id++) {
            ids.add(id);
            vectors.add(v(
                    (float) random.nextGaussian(), (float) random.nextGaussian(), (float) random.nextGaussian(), (float)
                            random.nextGaussian()));
        }
        store.upsert(ids, vectors);
        float[] query = v(0.3f, -1.2f, 0.5f, 2.0f);

        List<VectorHit> hits = store.search(query, 10);

        List<Long> expected = ids.stream()
                .sorted((a, b) -> Double.compare(
                        cosine(query, vectors.get((int) (b - 1))), cosine(query, vectors.get((int) (a - 1)))))
                .limit(10)
                .toList();
        assertThat(hits).extracting(VectorHit::id).containsExactlyElementsOf(expected);
        assertThat(hits.getFirst().score())
                .isCloseTo(cosine(query, vectors.get((int) (expected.getFirst() - 1))), within(1e-5));
    }

    @Test
    void scores_coverOnlyIdsWithAVector() {
        VectorStore store = open();
        store.upsert(List.of(1L, 2L), List.of(v(1, 0, 0, 0), v(0, 1, 0, 0)));

        Map<Long, Double> scores = store.scores(v(1, 1, 0, 0), List.of(2L, 5L, 1L));

        assertThat(scores).containsOnlyKeys(1L, 2L);
        assertThat(scores.get(1L)).isCloseTo(Math.sqrt(0.5), within(1e-6));
        assertThat(scores.get(2L)).isCloseTo(Math.sqrt(0.5), within(1e-6));
    }

    @Test
    void clear_removesEveryVector() {
        VectorStore store = open();
        store.upsert(List.of(1L, 2L), List.of(v(1, 0, 0, 0), v(0, 1, 0, 0)));

        store.clear();

        assertThat(store.count()).isZero();
        assertThat(store.ids()).isEmpty();
        assertThat(store.search(v(1, 0, 0, 0), 3)).isEmpty();
    }

    @Test
    void save_onlyWritesWhenSomethingChanged() {
        VectorStore store = open();
        assertThat(store.save()).isFalse();

        store.upsert(List.of(1L), List.of(v(1, 0, 0, 0)));

        assertThat(store.save()).isTrue();
        assertThat(store.save()).isFalse();
        store.delete(List.of(7L));
        assertThat(store.save()).isFalse();
        store.delete(List.of(1L));
        assertThat(store.save()).isTrue();
    }

    @Test
    void load_withNothingSaved_isAbsentAndEmpty() {
        VectorStore store = open();

        VectorLoad loaded = store.load();

        assertThat(loaded).isInstanceOf(VectorLoad.Absent.class);
        assertThat(store.count()).isZero();
    }

    @Test
    void load_restoresTheLastSavedState() {
        VectorStore store = open();
        store.upsert(List.of(1L, 2L), List.of(v(1, 0, 0, 0), v(0, 1, 0, 0)));
        store.save();
        store.delete(List.of(1L));
        store.upsert(List.of(3L), List.of(v(0, 0, 1, 0)));

        VectorLoad loaded = store.load();

        assertThat(loaded).isEqualTo(new VectorLoad.Loaded(2));
        assertThat(store.ids()).containsExactly(1L, 2L);
        assertThat(store.search(v(0, 1, 0, 0), 1).getFirst().id()).isEqualTo(2L);
        assertThat(store.save()).isFalse();
    }

    @Test
    void concurrentSearches_duringUpserts_seeWholeVectors() throws Exception {
        VectorStore store = open();
        store.upsert(List.of(1L), List.of(v(1, 0, 0, 0)));
        List<Future<?>> searches = new ArrayList<>();

        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 4; i++) {
                searches.add(pool.submit(() -> {
                    for (int round = 0; round < 500; round++) {
                        for (VectorHit hit : store.search(v(1, 0, 0, 0), 5)) {
                            assertThat(hit.score()).isBetween(-1.0, 1.0);
                        }
                    }
                }));
            }
            for (long id = 2; id < 300; id++) {
                store.upsert(List.of(id), List.of(v(id, 1, 0, 0)));
            }
        }

        for (Future<?> search : searches) {
            search.get();
        }
        assertThat(store.count()).isEqualTo(299);
    }

    @Test
    void afterClose_everyCallFailsSayingClosed() {
        VectorStore store = open();
        store.close();
        store.close();

        assertThatThrownBy(store::count)
                .isInstanceOfSatisfying(
                        VectorStoreException.class,
                        e -> assertThat(e.kind()).isEqualTo(VectorStoreException.Kind.CLOSED))
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> store.search(v(1, 0, 0, 0), 1)).isInstanceOf(VectorStoreException.class);
        assertThatThrownBy(() -> store.upsert(List.of(1L), List.of(v(1, 0, 0, 0))))
                .isInstanceOf(VectorStoreException.class);
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
