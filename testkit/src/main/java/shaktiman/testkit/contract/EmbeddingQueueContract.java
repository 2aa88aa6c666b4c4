package shaktiman.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import shaktiman.core.model.index.DeleteCause;
import shaktiman.core.model.index.IndexBatch;
import shaktiman.core.model.index.IndexJob;
import shaktiman.core.model.index.ParsedFile;
import shaktiman.core.port.EmbedCandidate;
import shaktiman.core.port.EmbedFailure;
import shaktiman.core.port.EmbeddingCounts;
import shaktiman.core.port.EmbeddingQueue;
import shaktiman.core.port.IndexStore;
import shaktiman.core.port.IndexStoreException;
import shaktiman.testkit.TestFiles;

/**
 * Verifies the behaviour every {@link EmbeddingQueue} promises in its Javadoc (IX-53, IX-55, IX-52); each index store
 * and fake runs it through a subclass that only opens the subject. Chunks are written through the store's writer.
 */
@Timeout(60)
public abstract class EmbeddingQueueContract {
    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

    @TempDir
    private Path dir;

    private final List<IndexStore> opened = new ArrayList<>();

    /** For subclasses, which only open the subject. */
    protected EmbeddingQueueContract() {}

    /** Opens a new, empty store for writing whose files live in {@code dir}. */
    protected abstract IndexStore openFresh(Path dir);

    private IndexStore open() {
        IndexStore store = openFresh(dir);
        opened.add(store);
        return store;
    }

    @AfterEach
    void closeAll() {
        opened.forEach(IndexStore::close);
    }

    private static ParsedFile threeFunctions(String path, String lastBody) {
        return TestFiles.file(path)
                .function("alpha", "func alpha() { return 1 }")
                .function("beta", "func beta() { return 2 }")
                .function("gamma", "func gamma() { " + lastBody + " }")
                .build();
    }

    private static void write(IndexStore store, ParsedFile... files) {
        List<IndexJob> jobs = new ArrayList<>();
        for (ParsedFile file : files) {
            jobs.add(new IndexJob.Upsert(file));
        }
        store.writer().apply(IndexBatch.of(jobs));
    }

    private static List<Long> ids(List<EmbedCandidate> candidates) {
        return candidates.stream().map(EmbedCandidate::chunkId).toList();
    }

    @Test
    void due_listsNewChunksAscendingWithTheirContent() {
        IndexStore store = open();
        write(store, threeFunctions("a.go", "return 3"));

        List<EmbedCandidate> due = store.embeddingQueue().due(NOW, 0, 100);

        assertThat(due).hasSize(3);
        assertThat(ids(due)).isSorted().doesNotHaveDuplicates();
        assertThat(due).extracting(EmbedCandidate::content).contains("func beta() { return 2 }");
        assertThat(due).extracting(EmbedCandidate::attempts).containsOnly(0);
    }

    @Test
    void due_startsAfterTheGivenIdAndStopsAtTheLimit() {
        IndexStore store = open();
        write(store, threeFunctions("a.go", "return 3"), threeFunctions("b.go", "return 4"));
        List<Long> all = ids(store.embeddingQueue().due(NOW, 0, 100));

        List<EmbedCandidate> page = store.embeddingQueue().due(NOW, all.get(1), 2);

        assertThat(all).hasSize(6);
        assertThat(ids(page)).containsExactly(all.get(2), all.get(3));
    }

    @Test
    void markEmbedded_takesChunksOffTheQueueAndReturnsOnlyExistingIds() {
        IndexStore store = open();
        write(store, threeFunctions("a.go", "return 3"));
        EmbeddingQueue queue = store.embeddingQueue();
        List<Long> all = ids(queue.due(NOW, 0, 100));

        var marked = queue.markEmbedded(List.of(all.get(0), all.get(2), 999_999L));

        assertThat(marked).containsExactlyInAnyOrder(all.get(0), all.get(2));
        assertThat(ids(queue.due(NOW, 0, 100))).containsExactly(all.get(1));
        assertThat(queue.embeddedChunkIds()).containsExactly(all.get(0), all.get(2));
    }

    @Test
    void recordFailures_holdsTheChunkBackUntilItsRetryTime() {
        IndexStore store = open();
        write(store, threeFunctions("a.go", "return 3"));
        EmbeddingQueue queue = store.embeddingQueue();
        long first = queue.due(NOW, 0, 1).getFirst().chunkId();
        Instant retryAt = NOW.plusSeconds(30);

        queue.recordFailures(List.of(new EmbedFailure(first, "provider down", retryAt)));

        assertThat(ids(queue.due(NOW, 0, 100))).doesNotContain(first);
        assertThat(ids(queue.due(retryAt.minusMillis(1), 0, 100))).doesNotContain(first);
        assertThat(queue.due(retryAt, 0, 100))
                .filteredOn(c -> c.chunkId() == first)
                .singleElement()
                .extracting(EmbedCandidate::attempts)
                .isEqualTo(1);
    }

    @Test
    void recordFailures_twice_countsTwoAttempts() {
        IndexStore store = open();
        write(store, threeFunctions("a.go", "return 3"));
        EmbeddingQueue queue = store.embeddingQueue();
        long first = queue.due(NOW, 0, 1).getFirst().chunkId();

        queue.recordFailures(List.of(new EmbedFailure(first, "one", NOW)));
        queue.recordFailures(List.of(new EmbedFailure(first, "two", NOW)));

        assertThat(queue.due(NOW, 0, 1).getFirst().attempts()).isEqualTo(2);
    }

    @Test
    void recordFailures_ofAnEmbeddedChunk_leaveItEmbedded() {
        IndexStore store = open();
        write(store, threeFunctions("a.go", "return 3"));
        EmbeddingQueue queue = store.embeddingQueue();
        long first = queue.due(NOW, 0, 1).getFirst().chunkId();
        queue.markEmbedded(List.of(first));

        queue.recordFailures(List.of(new EmbedFailure(first, "late failure", NOW.plusSeconds(30))));

        assertThat(queue.embeddedChunkIds()).containsExactly(first);
    }

    @Test
    void counts_giveTotalEmbeddedDueAndFailed() {
        IndexStore store = open();
        write(store, threeFunctions("a.go", "return 3"), threeFunctions("b.go", "return 4"));
        EmbeddingQueue queue = store.embeddingQueue();
        List<Long> all = ids(queue.due(NOW, 0, 100));
        queue.markEmbedded(all.subList(0, 2));
        queue.recordFailures(List.of(new EmbedFailure(all.get(2), "down", NOW.plus(Duration.ofMinutes(1)))));

        EmbeddingCounts counts = queue.counts(NOW);

        assertThat(counts).isEqualTo(new EmbeddingCounts(6, 2, 3, 1));
        assertThat(queue.counts(NOW.plus(Duration.ofMinutes(1))).due()).isEqualTo(4);
    }

    @Test
    void chunkIds_listEveryChunkAscending() {
        IndexStore store = open();
        write(store, threeFunctions("a.go", "return 3"), threeFunctions("b.go", "return 4"));

        long[] ids = store.embeddingQueue().chunkIds();

        assertThat(ids).hasSize(6).isSorted();
        assertThat(java.util.Arrays.stream(ids).boxed().toList())
                .containsExactlyElementsOf(ids(store.embeddingQueue().due(NOW, 0, 100)));
    }

    @Test
    void deletedFile_takesItsChunksOffTheQueue() {
        IndexStore store = open();
        write(store, threeFunctions("a.go", "return 3"), threeFunctions("b.go", "return 4"));

        store.writer().apply(IndexBatch.of(List.of(new IndexJob.Delete("a.go", DeleteCause.VANISHED, 5_000))));

        assertThat(store.embeddingQueue().chunkIds()).hasSize(3);
        assertThat(store.embeddingQueue().counts(NOW).chunks()).isEqualTo(3);
    }

    @Test
    void rewrite_keepsTheEmbeddedMarkOfUnchangedChunks() {
        IndexStore store = open();
        write(store, threeFunctions("a.go", "return 3"));
        EmbeddingQueue queue = store.embeddingQueue();
        queue.markEmbedded(ids(queue.due(NOW, 0, 100)));

        write(
                store,
                TestFiles.file("a.go")
                        .readAt(2_000)
                        .function("alpha", "func alpha() { return 1 }")
                        .function("beta", "func beta() { return 2 }")
                        .function("gamma", "func gamma() { return 33 }")
                        .build());

        assertThat(queue.embeddedChunkIds()).hasSize(2);
        assertThat(queue.due(NOW, 0, 100))
                .singleElement()
                .extracting(EmbedCandidate::content)
                .isEqualTo("func gamma() { return 33 }");
    }

    @Test
    void resetEmbedded_putsChunksBackOnTheQueue() {
        IndexStore store = open();
        write(store, threeFunctions("a.go", "return 3"));
        EmbeddingQueue queue = store.embeddingQueue();
        List<Long> all = ids(queue.due(NOW, 0, 100));
        queue.markEmbedded(all);

        int reset = queue.resetEmbedded(List.of(all.get(1), 999_999L));

        assertThat(reset).isEqualTo(1);
        assertThat(ids(queue.due(NOW, 0, 100))).containsExactly(all.get(1));
        assertThat(queue.resetEmbedded(List.of(all.get(1)))).isZero();
    }

    @Test
    void adoptFingerprint_resetsEveryChunkOnlyWhenItChanges() {
        IndexStore store = open();
        write(store, threeFunctions("a.go", "return 3"));
        EmbeddingQueue queue = store.embeddingQueue();
        assertThat(queue.fingerprint()).isEmpty();
        assertThat(queue.adoptFingerprint("hashing:hashing-1024:1024:e3b0")).isTrue();
        List<Long> all = ids(queue.due(NOW, 0, 100));
        queue.markEmbedded(all.subList(0, 2));
        queue.recordFailures(List.of(new EmbedFailure(all.get(2), "down", NOW.plusSeconds(600))));

        boolean same = queue.adoptFingerprint("hashing:hashing-1024:1024:e3b0");
        int embeddedAfterSame = queue.embeddedChunkIds().length;
        boolean changed = queue.adoptFingerprint("local:all-minilm-l6-v2-q:384:e3b0");

        assertThat(same).isFalse();
        assertThat(embeddedAfterSame).isEqualTo(2);
        assertThat(changed).isTrue();
        assertThat(queue.fingerprint()).contains("local:all-minilm-l6-v2-q:384:e3b0");
        assertThat(queue.embeddedChunkIds()).isEmpty();
        assertThat(queue.due(NOW, 0, 100))
                .hasSize(3)
                .extracting(EmbedCandidate::attempts)
                .containsOnly(0);
    }

    @Test
    void writesOfUnknownIdsOrNothing_changeNothing() {
        IndexStore store = open();
        write(store, threeFunctions("a.go", "return 3"));
        EmbeddingQueue queue = store.embeddingQueue();

        queue.recordFailures(List.of(new EmbedFailure(999_999L, "gone", NOW)));
        queue.markEmbedded(List.of());
        queue.resetEmbedded(List.of());

        assertThat(queue.counts(NOW)).isEqualTo(new EmbeddingCounts(3, 0, 3, 0));
    }

    @Test
    void afterClose_everyCallFailsClosed() {
        IndexStore store = open();
        EmbeddingQueue queue = store.embeddingQueue();
        store.close();

        assertThatThrownBy(() -> queue.due(NOW, 0, 10))
                .isInstanceOfSatisfying(
                        IndexStoreException.class,
                        e -> assertThat(e.kind()).isEqualTo(IndexStoreException.Kind.CLOSED));
        assertThatThrownBy(() -> queue.markEmbedded(List.of(1L)))
                .isInstanceOfSatisfying(
                        IndexStoreException.class,
                        e -> assertThat(e.kind()).isEqualTo(IndexStoreException.Kind.CLOSED));
    }
}
