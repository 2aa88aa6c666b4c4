package shaktiman.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import shaktiman.core.port.IndexCounts;
import shaktiman.core.port.IndexStore;
import shaktiman.core.port.IndexStoreException;

/**
 * Verifies the behaviour every {@link IndexStore} promises in its Javadoc; each adapter and fake runs it through a
 * subclass that only opens the subject and seeds rows.
 *
 * <p>The port has no write methods yet, so the subclass seeds committed rows through its own technology (plain SQL,
 * or the fake's setters); once the indexer grows the port, the hooks give way to port calls.
 */
@Timeout(60)
public abstract class IndexStoreContract {
    private static final Duration CALL_DEADLINE = Duration.ofSeconds(30);

    /**
     * A committed file and its rows for {@link #seed}. Its {@code symbols} all belong to its first chunk, and its
     * {@code edges} go from its first symbol to as many of its other symbols.
     */
    public record SeedFile(
            String path, String language, boolean test, boolean parseError, int chunks, int symbols, int edges) {
        public SeedFile {
            if (chunks < 0 || symbols < 0 || edges < 0) {
                throw new IllegalArgumentException("negative count in seed for " + path);
            }
            if (symbols > 0 && chunks == 0) {
                throw new IllegalArgumentException("symbols need a chunk, seed for " + path);
            }
            if (edges > Math.max(0, symbols - 1)) {
                throw new IllegalArgumentException("at most symbols - 1 edges, seed for " + path);
            }
        }

        /** A source file with no chunks. */
        public static SeedFile of(String path, String language) {
            return new SeedFile(path, language, false, false, 0, 0, 0);
        }
    }

    @TempDir
    private Path dir;

    private final List<IndexStore> opened = new ArrayList<>();

    /** For subclasses, which only open and seed the subject. */
    protected IndexStoreContract() {}

    /** Opens a new, empty store whose files live in {@code dir}. */
    protected abstract IndexStore openFresh(Path dir);

    /** Commits {@code files} to {@code store}'s index, as the writer would. */
    protected abstract void seed(IndexStore store, List<SeedFile> files);

    /** Commits the config rows {@code index_fingerprint}, {@code full_index_fingerprint}, {@code full_index_completed_at}. */
    protected abstract void seedCompletionRecord(
            IndexStore store, String indexFingerprint, String completedFingerprint);

    @AfterEach
    final void closeStores() {
        opened.forEach(IndexStore::close);
    }

    private IndexStore fresh() {
        IndexStore store = openFresh(dir);
        opened.add(store);
        return store;
    }

    @Test
    void counts_onFreshStore_areAllZero() {
        IndexStore store = fresh();

        IndexCounts counts = store.counts();

        assertThat(counts).isEqualTo(IndexCounts.empty());
    }

    @Test
    void counts_afterSeeding_reflectCommittedRows() {
        IndexStore store = fresh();
        seed(
                store,
                List.of(
                        new SeedFile("src/A.java", "java", false, false, 3, 4, 2),
                        new SeedFile("src/ATest.java", "java", true, false, 1, 1, 0),
                        new SeedFile("cmd/main.go", "go", false, true, 2, 3, 1)));

        IndexCounts counts = store.counts();

        assertThat(counts).isEqualTo(new IndexCounts(3, 1, 6, 8, 3, 1, Map.of("java", 2L, "go", 1L)));
    }

    @Test
    void counts_languages_areOrderedByFileCountDescendingThenName() {
        IndexStore store = fresh();
        seed(
                store,
                List.of(
                        SeedFile.of("a.py", "python"),
                        SeedFile.of("b.py", "python"),
                        SeedFile.of("x.go", "go"),
                        SeedFile.of("y.c", "c"),
                        SeedFile.of("p/A.java", "java"),
                        SeedFile.of("p/B.java", "java")));

        IndexCounts counts = store.counts();

        assertThat(counts.languages().keySet()).containsExactly("java", "python", "c", "go");
    }

    @Test
    void counts_calledFromManyThreadsAtOnce_allAgree() throws Exception {
        IndexStore store = fresh();
        seed(store, List.of(new SeedFile("a.rs", "rust", false, false, 2, 2, 1)));
        List<Future<IndexCounts>> results = new ArrayList<>();

        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(store::counts));
            }
            List<IndexCounts> counts = new ArrayList<>();
            for (Future<IndexCounts> result : results) {
                counts.add(result.get(CALL_DEADLINE.toSeconds(), TimeUnit.SECONDS));
            }

            assertThat(counts).allMatch(c -> c.equals(new IndexCounts(1, 0, 2, 2, 1, 0, Map.of("rust", 1L))));
        }
    }

    @Test
    void fullIndexCompleted_onFreshStore_isFalse() {
        IndexStore store = fresh();

        boolean completed = store.fullIndexCompleted();

        assertThat(completed).isFalse();
    }

    @Test
    void fullIndexCompleted_withRecordForCurrentFingerprint_isTrue() {
        IndexStore store = fresh();
        seedCompletionRecord(store, "fp-1", "fp-1");

        boolean completed = store.fullIndexCompleted();

        assertThat(completed).isTrue();
    }

    @Test
    void fullIndexCompleted_withRecordForAnOlderFingerprint_isFalse() {
        IndexStore store = fresh();
        seedCompletionRecord(store, "fp-2", "fp-1");

        boolean completed = store.fullIndexCompleted();

        assertThat(completed).isFalse();
    }

    @Test
    void schemaVersion_onFreshStore_isAtLeastOne() {
        IndexStore store = fresh();

        int version = store.schemaVersion();

        assertThat(version).isGreaterThanOrEqualTo(1);
    }

    @Test
    void close_calledTwice_isANoOp() {
        IndexStore store = fresh();
        store.close();

        store.close();

        assertThatThrownBy(store::counts).isInstanceOf(IndexStoreException.class);
    }

    @Test
    void counts_afterClose_throwsClosed() {
        IndexStore store = fresh();
        store.close();

        assertThatThrownBy(store::counts)
                .isInstanceOfSatisfying(
                        IndexStoreException.class, e -> assertThat(e.kind()).isEqualTo(IndexStoreException.Kind.CLOSED))
                .hasMessageContaining("closed");
    }

    @Test
    void fullIndexCompleted_afterClose_throwsClosed() {
        IndexStore store = fresh();
        store.close();

        assertThatThrownBy(store::fullIndexCompleted)
                .isInstanceOfSatisfying(
                        IndexStoreException.class, e -> assertThat(e.kind()).isEqualTo(IndexStoreException.Kind.CLOSED))
                .hasMessageContaining("closed");
    }

    @Test
    void schemaVersion_afterClose_throwsClosed() {
        IndexStore store = fresh();
        store.close();

        assertThatThrownBy(store::schemaVersion)
                .isInstanceOfSatisfying(
                        IndexStoreException.class, e -> assertThat(e.kind()).isEqualTo(IndexStoreException.Kind.CLOSED))
                .hasMessageContaining("closed");
    }
}
