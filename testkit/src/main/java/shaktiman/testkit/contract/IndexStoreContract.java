package shaktiman.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import shaktiman.core.model.index.DeleteCause;
import shaktiman.core.model.index.IndexBatch;
import shaktiman.core.model.index.IndexJob;
import shaktiman.core.model.index.ParseQuality;
import shaktiman.core.model.index.ParsedFile;
import shaktiman.core.model.index.SkipReason;
import shaktiman.core.port.BatchResult;
import shaktiman.core.port.FileStamp;
import shaktiman.core.port.IndexCounts;
import shaktiman.core.port.IndexStatistics;
import shaktiman.core.port.IndexStore;
import shaktiman.core.port.IndexStoreException;
import shaktiman.core.port.IndexWriter;
import shaktiman.core.port.ToolCallRecord;
import shaktiman.core.port.ToolCallSample;
import shaktiman.testkit.TestFiles;

/**
 * Verifies the behaviour every {@link IndexStore} promises in its Javadoc; each adapter and fake runs it through a
 * subclass that only opens the subject and seeds rows.
 *
 * <p>Most tests write through {@link IndexStore#writer()}; the older count tests seed committed rows through the
 * subject's own technology (plain SQL, or the fake's setters), because they need edges, which only a store that
 * resolves references can write.
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

    /**
     * Opens a new, empty store whose writer fails the write of {@code failingPath} inside its savepoint (the
     * {@code writeFailPath} test hook, T-45).
     */
    protected abstract IndexStore openFailingWrites(Path dir, String failingPath);

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
    void statistics_onFreshStore_areEmpty() {
        IndexStore store = fresh();

        IndexStatistics statistics = store.statistics();

        assertThat(statistics)
                .isEqualTo(new IndexStatistics(
                        IndexCounts.empty(),
                        0,
                        0,
                        Map.of(),
                        Map.of(),
                        Map.of(),
                        Map.of(),
                        0,
                        0,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()));
    }

    @Test
    void statistics_afterSeedingAndWrites_breakDownByLanguageQualityAndSkipReason() {
        IndexStore store = fresh();
        seed(
                store,
                List.of(
                        new SeedFile("src/A.java", "java", false, false, 3, 4, 2),
                        new SeedFile("cmd/main.go", "go", false, true, 2, 3, 1)));
        store.writer()
                .apply(batch(
                        upsert(TestFiles.file("p/y.py")
                                .quality(ParseQuality.PARTIAL)
                                .function("y", "def y(: pass")
                                .build()),
                        new IndexJob.Skip("big.bin", SkipReason.TOO_LARGE, 2_000_000L, "limit 1048576"),
                        new IndexJob.Skip("blob.dat", SkipReason.BINARY, 10L, "NUL at 3"),
                        new IndexJob.Skip("huge.txt", SkipReason.TOO_LARGE, 3_000_000L, "limit 1048576")));

        IndexStatistics statistics = store.statistics();

        assertThat(statistics.counts()).isEqualTo(store.counts());
        assertThat(statistics.partialFiles()).isEqualTo(1);
        assertThat(statistics.errorFiles()).isEqualTo(1);
        assertThat(statistics.chunksByLanguage())
                .containsExactly(Map.entry("java", 3L), Map.entry("go", 2L), Map.entry("python", 1L));
        assertThat(statistics.edgesByKind()).containsExactly(Map.entry("calls", 3L));
        assertThat(statistics.skippedByReason()).containsExactly(Map.entry("binary", 1L), Map.entry("too_large", 2L));
    }

    @Test
    void statistics_withCompletionRecord_carryItAndTheFingerprint() {
        IndexStore store = fresh();
        seedCompletionRecord(store, "fp-1", "fp-1");

        IndexStatistics statistics = store.statistics();

        assertThat(statistics.fingerprint()).contains("fp-1");
        assertThat(statistics.completedFingerprint()).contains("fp-1");
        assertThat(statistics.completedAt()).isPresent();
        assertThat(statistics.fullIndexCompleted()).isTrue().isEqualTo(store.fullIndexCompleted());
    }

    @Test
    void statistics_withCompletionRecordOfAnotherFingerprint_isNotCompleted() {
        IndexStore store = fresh();
        seedCompletionRecord(store, "fp-2", "fp-1");

        IndexStatistics statistics = store.statistics();

        assertThat(statistics.fullIndexCompleted()).isFalse().isEqualTo(store.fullIndexCompleted());
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

    private static IndexBatch batch(IndexJob... jobs) {
        return IndexBatch.of(List.of(jobs));
    }

    private static IndexJob.Upsert upsert(ParsedFile file) {
        return new IndexJob.Upsert(file);
    }

    private static ParsedFile twoFunctions(String path, String secondBody) {
        return TestFiles.file(path)
                .function("first", "func first() {\n\treturn 1\n}")
                .function("second", secondBody)
                .build();
    }

    @Test
    void apply_upsertOfNewFiles_countsFilesChunksAndNonFileSymbols() {
        IndexStore store = fresh();

        BatchResult result = store.writer()
                .apply(batch(
                        upsert(twoFunctions("a.go", "func second() {}")),
                        upsert(TestFiles.file("t/a_test.go")
                                .test(true)
                                .function("TestA", "func TestA() {}")
                                .build())));

        assertThat(result.filesWritten()).isEqualTo(2);
        assertThat(store.counts()).isEqualTo(new IndexCounts(2, 1, 3, 3, 0, 0, Map.of("go", 2L)));
    }

    @Test
    void storedFiles_afterUpsert_holdTheWrittenStamp() {
        IndexStore store = fresh();
        ParsedFile file = TestFiles.file("src/x.py")
                .readAt(5_000)
                .function("x", "def x(): pass")
                .build();

        store.writer().apply(batch(upsert(file)));

        assertThat(store.storedFiles())
                .containsExactly(Map.entry(
                        "src/x.py",
                        new FileStamp(
                                "src/x.py",
                                file.meta().size(),
                                5_000,
                                5_000,
                                file.meta().contentHash())));
    }

    @Test
    void apply_sameContentTwice_deletesNoChunk() {
        IndexStore store = fresh();
        store.writer().apply(batch(upsert(twoFunctions("a.go", "func second() {}"))));

        BatchResult again = store.writer().apply(batch(upsert(twoFunctions("a.go", "func second() {}"))));

        assertThat(again.deletedChunkIds()).isEmpty();
        assertThat(again.filesWritten()).isEqualTo(1);
    }

    @Test
    void apply_oneOfTwoChunksEdited_deletesExactlyOneChunkId() {
        IndexStore store = fresh();
        store.writer().apply(batch(upsert(twoFunctions("a.go", "func second() {}"))));

        BatchResult edited = store.writer().apply(batch(upsert(twoFunctions("a.go", "func second() { x() }"))));

        assertThat(edited.deletedChunkIds()).hasSize(1);
        assertThat(store.counts().chunks()).isEqualTo(2);
    }

    @Test
    void apply_delete_removesTheFileAndReturnsItsChunkIds() {
        IndexStore store = fresh();
        store.writer().apply(batch(upsert(twoFunctions("a.go", "func second() {}"))));

        BatchResult result = store.writer().apply(batch(new IndexJob.Delete("a.go", DeleteCause.VANISHED, 2_000)));

        assertThat(result.filesDeleted()).isEqualTo(1);
        assertThat(result.deletedChunkIds()).hasSize(2).doesNotHaveDuplicates();
        assertThat(store.storedFiles()).isEmpty();
        assertThat(store.counts()).isEqualTo(IndexCounts.empty());
    }

    @Test
    void counts_readBetweenCommits_reflectEveryCommit() {
        IndexStore store = fresh();
        assertThat(store.counts()).isEqualTo(IndexCounts.empty());
        assertThat(store.counts()).isEqualTo(IndexCounts.empty());

        store.writer().apply(batch(upsert(twoFunctions("a.go", "func second() {}"))));
        assertThat(store.counts().files()).isEqualTo(1);
        assertThat(store.counts().chunks()).isEqualTo(2);

        store.writer().apply(batch(new IndexJob.Delete("a.go", DeleteCause.VANISHED, 2_000)));
        assertThat(store.counts()).isEqualTo(IndexCounts.empty());
    }

    /** T-44 (IX-46): a scan job read at t1 that arrives after a watcher job read at t2 leaves the t2 content. */
    @Test
    void apply_upsertReadBeforeTheStoredRead_isDiscarded() {
        IndexStore store = fresh();
        ParsedFile newer = TestFiles.file("a.go")
                .readAt(2_000)
                .function("f", "func f() { 2 }")
                .build();
        ParsedFile older = TestFiles.file("a.go")
                .readAt(1_000)
                .function("f", "func f() { 1 }")
                .build();
        store.writer().apply(batch(upsert(newer)));

        BatchResult result = store.writer().apply(batch(upsert(older)));

        assertThat(result.staleDiscarded()).isEqualTo(1);
        assertThat(store.storedFiles().get("a.go").contentHash())
                .isEqualTo(newer.meta().contentHash());
    }

    @Test
    void apply_deleteObservedBeforeTheStoredRead_isDiscarded() {
        IndexStore store = fresh();
        store.writer()
                .apply(batch(upsert(TestFiles.file("a.go")
                        .readAt(2_000)
                        .function("f", "func f() {}")
                        .build())));

        BatchResult result = store.writer().apply(batch(new IndexJob.Delete("a.go", DeleteCause.VANISHED, 1_500)));

        assertThat(result.staleDiscarded()).isEqualTo(1);
        assertThat(store.storedFiles()).containsKey("a.go");
    }

    @Test
    void apply_touch_updatesMtimeAndReadTimeOnly() {
        IndexStore store = fresh();
        ParsedFile file = TestFiles.file("a.go")
                .readAt(1_000)
                .function("f", "func f() {}")
                .build();
        store.writer().apply(batch(upsert(file)));

        BatchResult result = store.writer().apply(batch(new IndexJob.TouchMtime("a.go", 7_000, 8_000)));

        assertThat(result.filesTouched()).isEqualTo(1);
        assertThat(store.storedFiles().get("a.go"))
                .isEqualTo(new FileStamp(
                        "a.go", file.meta().size(), 7_000, 8_000, file.meta().contentHash()));
    }

    @Test
    void apply_touchOfAPathNotStored_isDiscarded() {
        IndexStore store = fresh();

        BatchResult result = store.writer().apply(batch(new IndexJob.TouchMtime("nope.go", 7_000, 8_000)));

        assertThat(result.staleDiscarded()).isEqualTo(1);
        assertThat(store.storedFiles()).isEmpty();
    }

    @Test
    void apply_deleteAndAddWithEqualContent_isOneRenameKeepingChunkIds() {
        IndexStore store = fresh();
        store.writer().apply(batch(upsert(twoFunctions("old/a.go", "func second() {}"))));

        BatchResult result = store.writer()
                .apply(batch(
                        new IndexJob.Delete("old/a.go", DeleteCause.VANISHED, 2_000),
                        upsert(twoFunctions("new/a.go", "func second() {}"))));

        assertThat(result.filesRenamed()).isEqualTo(1);
        assertThat(result.filesDeleted()).isZero();
        assertThat(result.filesWritten()).isZero();
        assertThat(result.deletedChunkIds()).isEmpty();
        assertThat(store.storedFiles()).containsOnlyKeys("new/a.go");
    }

    @Test
    void apply_skip_isCountedAndStoresNoFile() {
        IndexStore store = fresh();

        BatchResult result = store.writer()
                .apply(batch(new IndexJob.Skip("big.bin", SkipReason.TOO_LARGE, 2_000_000L, "limit 1048576")));

        assertThat(result.skipsRecorded()).isEqualTo(1);
        assertThat(store.storedFiles()).isEmpty();
    }

    @Test
    void skippedPaths_afterSkipsAndADelete_listTheRemainingRows() {
        IndexStore store = fresh();
        store.writer()
                .apply(batch(
                        new IndexJob.Skip("big.bin", SkipReason.TOO_LARGE, 2_000_000L, "limit 1048576"),
                        new IndexJob.Skip("a.dat", SkipReason.BINARY, 3L, "NUL byte at offset 1")));

        store.writer().apply(batch(new IndexJob.Delete("a.dat", DeleteCause.VANISHED, 1_000)));

        assertThat(store.skippedPaths()).containsExactly("big.bin");
    }

    @Test
    void apply_withAFailingFile_keepsItsOldStateAndCommitsTheRest() {
        IndexStore store = openFailingWrites(dir, "b.go");
        opened.add(store);
        ParsedFile before = TestFiles.file("b.go")
                .readAt(1_000)
                .function("b", "func b() {}")
                .build();
        // The hook fails every write of b.go, so its "old state" is its absence here; SQLite tests cover old rows.
        BatchResult result = store.writer()
                .apply(batch(
                        upsert(TestFiles.file("a.go")
                                .function("a", "func a() {}")
                                .build()),
                        upsert(before)));

        assertThat(result.failures()).extracting(BatchResult.FileFailure::path).containsExactly("b.go");
        assertThat(result.filesWritten()).isEqualTo(1);
        assertThat(store.storedFiles()).containsOnlyKeys("a.go");
    }

    @Test
    void apply_moreFilesThanOneTransactionHolds_commitsThemAllInSeveralTransactions() {
        IndexStore store = fresh();
        List<IndexJob> jobs = new ArrayList<>();
        int files = IndexWriter.MAX_FILES_PER_TRANSACTION * 2 + 10;
        for (int i = 0; i < files; i++) {
            jobs.add(upsert(TestFiles.file("f" + i + ".go")
                    .function("f" + i, "func f" + i + "() {}")
                    .build()));
        }

        BatchResult result = store.writer().apply(IndexBatch.of(jobs));

        assertThat(result.transactions()).isEqualTo(3);
        assertThat(store.counts().files()).isEqualTo(files);
    }

    @Test
    void apply_batchCompletingAFullIndex_writesTheCompletionRecord() {
        IndexStore store = fresh();
        store.writer().setFingerprint("fp-1");

        store.writer()
                .apply(IndexBatch.completingFullIndex(
                        List.of(upsert(TestFiles.file("a.go")
                                .function("a", "func a() {}")
                                .build())),
                        "fp-1"));

        assertThat(store.fullIndexCompleted()).isTrue();
    }

    @Test
    void markFullIndexComplete_forTheCurrentFingerprint_completes() {
        IndexStore store = fresh();
        store.writer().setFingerprint("fp-1");

        store.writer().markFullIndexComplete("fp-1");

        assertThat(store.fullIndexCompleted()).isTrue();
    }

    @Test
    void setFingerprint_withANewValue_clearsTheCompletionRecord() {
        IndexStore store = fresh();
        store.writer().setFingerprint("fp-1");
        store.writer().markFullIndexComplete("fp-1");

        store.writer().setFingerprint("fp-2");

        assertThat(store.fullIndexCompleted()).isFalse();
        assertThat(store.fingerprint()).contains("fp-2");
    }

    @Test
    void setFingerprint_withTheStoredValue_keepsTheCompletionRecord() {
        IndexStore store = fresh();
        store.writer().setFingerprint("fp-1");
        store.writer().markFullIndexComplete("fp-1");

        store.writer().setFingerprint("fp-1");

        assertThat(store.fullIndexCompleted()).isTrue();
    }

    @Test
    void clearCompletion_afterCompletion_makesItIncomplete() {
        IndexStore store = fresh();
        store.writer().setFingerprint("fp-1");
        store.writer().markFullIndexComplete("fp-1");

        store.writer().clearCompletion();

        assertThat(store.fullIndexCompleted()).isFalse();
    }

    @Test
    void fingerprint_onFreshStore_isEmpty() {
        IndexStore store = fresh();

        assertThat(store.fingerprint()).isEmpty();
        assertThat(store.testPatternsFingerprint()).isEmpty();
    }

    @Test
    void reclassifyTests_changesFlagsAndStoresThePatternsFingerprint() {
        IndexStore store = fresh();
        store.writer()
                .apply(batch(
                        upsert(TestFiles.file("a.go")
                                .function("a", "func a() {}")
                                .build()),
                        upsert(TestFiles.file("spec/b.go")
                                .function("b", "func b() {}")
                                .build())));

        int changed = store.writer().reclassifyTests("tp-1", (path, language) -> path.startsWith("spec/"));

        assertThat(changed).isEqualTo(1);
        assertThat(store.counts().testFiles()).isEqualTo(1);
        assertThat(store.testPatternsFingerprint()).contains("tp-1");
    }

    @Test
    void reanalyseFtsIfInconsistent_afterOrdinaryWrites_reanalysesNothing() {
        IndexStore store = fresh();
        store.writer().apply(batch(upsert(twoFunctions("a.go", "func second() {}"))));

        long reanalysed = store.writer().reanalyseFtsIfInconsistent();

        assertThat(reanalysed).isZero();
    }

    @Test
    void pruneChangeLog_onAFreshStore_deletesNothing() {
        IndexStore store = fresh();

        assertThat(store.writer().pruneChangeLog()).isZero();
    }

    @Test
    void writer_afterClose_throwsClosed() {
        IndexStore store = fresh();
        IndexWriter writer = store.writer();
        store.close();

        assertThatThrownBy(() -> writer.apply(batch()))
                .isInstanceOfSatisfying(
                        IndexStoreException.class,
                        e -> assertThat(e.kind()).isEqualTo(IndexStoreException.Kind.CLOSED));
        assertThatThrownBy(store::writer)
                .isInstanceOfSatisfying(
                        IndexStoreException.class,
                        e -> assertThat(e.kind()).isEqualTo(IndexStoreException.Kind.CLOSED));
    }

    @Test
    void toolCallsSince_onFreshStore_isEmpty() {
        assertThat(fresh().toolCallsSince(Instant.EPOCH)).isEmpty();
    }

    @Test
    void toolCallsSince_afterAppends_listsTheCallsFromThatMillisecondOnOldestFirst() {
        IndexStore store = fresh();
        Instant base = Instant.parse("2026-01-02T03:04:05.006Z");
        store.writer()
                .appendToolCalls(List.of(
                        toolCall("search", base.plusMillis(20), 12.5, ToolCallRecord.Outcome.OK, 40),
                        toolCall("symbols", base, 0.4, ToolCallRecord.Outcome.ERROR, 9),
                        toolCall("context", base.plusMillis(10), 30.1, ToolCallRecord.Outcome.CANCELLED, 0)));

        List<ToolCallSample> all = store.toolCallsSince(Instant.EPOCH);
        List<ToolCallSample> fromTheSecond =
                store.toolCallsSince(base.plusMillis(9).plusNanos(1));

        assertThat(all)
                .containsExactly(
                        new ToolCallSample("symbols", base, 0.4, ToolCallRecord.Outcome.ERROR, 9),
                        new ToolCallSample("context", base.plusMillis(10), 30.1, ToolCallRecord.Outcome.CANCELLED, 0),
                        new ToolCallSample("search", base.plusMillis(20), 12.5, ToolCallRecord.Outcome.OK, 40));
        assertThat(fromTheSecond).extracting(ToolCallSample::tool).containsExactly("context", "search");
        assertThat(store.toolCallsSince(base.plusMillis(21))).isEmpty();
    }

    private static ToolCallRecord toolCall(
            String tool, Instant startedAt, double durationMs, ToolCallRecord.Outcome outcome, int tokens) {
        return new ToolCallRecord(
                Instant.parse("2026-01-01T00:00:00Z"),
                "session-1",
                tool,
                "{}",
                startedAt,
                durationMs,
                outcome == ToolCallRecord.Outcome.OK ? 1 : 0,
                tokens * 4L,
                tokens,
                outcome);
    }

    @Test
    void writer_calledTwice_isTheSameInstance() {
        IndexStore store = fresh();

        assertThat(store.writer()).isSameAs(store.writer());
    }
}
