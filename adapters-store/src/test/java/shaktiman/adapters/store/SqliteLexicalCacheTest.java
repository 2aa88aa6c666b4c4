package shaktiman.adapters.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import shaktiman.core.model.index.DeleteCause;
import shaktiman.core.model.index.IndexBatch;
import shaktiman.core.model.index.IndexJob;
import shaktiman.core.model.index.ParsedFile;
import shaktiman.core.port.IndexReader.ChunkFilter;
import shaktiman.core.port.IndexReader.TestScope;
import shaktiman.core.port.LexicalHit;
import shaktiman.core.port.TermStatistics;
import shaktiman.core.port.ToolCallRecord;
import shaktiman.core.text.IdentifierAnalyzer;
import shaktiman.testkit.TestFiles;

/**
 * Verifies that the SQLite reader's lexical retrieval from cached per-term BM25 scores answers exactly as FTS5's own
 * ranking of the OR query does (same ids, the same BM25 doubles, the same matched terms, in the same order), and its
 * cached term statistics as a fresh read does, also after writes that change the index's statistics.
 */
@Timeout(60)
class SqliteLexicalCacheTest {
    private static final IdentifierAnalyzer ANALYZER = new IdentifierAnalyzer();
    private static final List<String> WORDS = List.of("otter", "walrus", "heron", "lynx", "marten");
    private static final List<String> QUERIES =
            List.of("otter", "otter walrus", "walrus heron lynx", "marten otter heron", "lynx nothing", "walrus");

    @TempDir
    Path dir;

    private SqliteIndexStore store;

    @BeforeEach
    void open() {
        store = SqliteIndexStore.openForWriting(dir.resolve("index.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void bm25Sums_onThisPlatform_reproduceFts5() {
        assertThat(Bm25Sums.additive())
                .as("FTS5's BM25 of an OR query is the sum of its terms' here; else the cache stays off")
                .isTrue();
    }

    @Test
    void lexical_overVariedRows_equalsFts5RankingOfTheOrQuery() {
        store.writer().apply(batch(files(0, 60, 7)));

        for (String query : QUERIES) {
            for (ChunkFilter filter : List.of(ChunkFilter.ALL, new ChunkFilter("", TestScope.IMPL))) {
                for (int limit : List.of(1, 3, 10, 400)) {
                    assertThat(store.reader().lexical(ANALYZER.queryTerms(query), filter, limit))
                            .as("%s %s limit %d", query, filter, limit)
                            .isEqualTo(ftsRanking(query, filter, limit));
                }
            }
        }
    }

    @Test
    void lexical_askedAgain_answersFromTheCacheAsFts5Does() {
        store.writer().apply(batch(files(0, 40, 11)));
        List<LexicalHit> first = store.reader().lexical(ANALYZER.queryTerms("otter walrus"), ChunkFilter.ALL, 10);

        List<LexicalHit> again = store.reader().lexical(ANALYZER.queryTerms("otter walrus"), ChunkFilter.ALL, 10);

        assertThat(again).isEqualTo(first).isEqualTo(ftsRanking("otter walrus", ChunkFilter.ALL, 10));
    }

    @Test
    void lexical_afterEachWrite_answersForTheNewIndexState() {
        store.writer().apply(batch(files(0, 30, 3)));
        for (String query : QUERIES) {
            store.reader().lexical(ANALYZER.queryTerms(query), ChunkFilter.ALL, 20); // fills the cache
        }

        store.writer().apply(batch(files(30, 25, 5)));
        assertAllEqualFts5();

        store.writer()
                .apply(IndexBatch.of(List.of(
                        new IndexJob.Delete("src/f3.go", DeleteCause.VANISHED, 2_000),
                        new IndexJob.Delete("src/f31.go", DeleteCause.VANISHED, 2_000))));
        assertAllEqualFts5();

        store.writer().apply(batch(files(0, 10, 1_013))); // same paths, new contents, read later
        assertAllEqualFts5();
    }

    @Test
    void termStatistics_afterEachWrite_equalTheFiguresReadFromTheIndex() {
        store.writer().apply(batch(files(0, 30, 3)));
        List<String> terms = List.of("otter", "walrus", "heron", "nothing", "Not-A-Term");
        assertThat(store.reader().termStatistics(terms)).isEqualTo(freshStatistics(terms));
        assertThat(store.reader().termStatistics(terms.subList(0, 2))).isEqualTo(freshStatistics(terms.subList(0, 2)));

        store.writer().apply(batch(files(30, 25, 5)));
        assertThat(store.reader().termStatistics(terms)).isEqualTo(freshStatistics(terms));

        store.writer().apply(IndexBatch.of(List.of(new IndexJob.Delete("src/f3.go", DeleteCause.VANISHED, 2_000))));
        assertThat(store.reader().termStatistics(terms)).isEqualTo(freshStatistics(terms));
        assertThat(store.reader().termStatistics(List.of("lynx", "otter")))
                .isEqualTo(freshStatistics(List.of("lynx", "otter")));
    }

    @Test
    void commitSequence_movesForIndexBatchesOnlyNotForToolCallRecordsOrChangeLogPruning() {
        long start = store.commitSequence();

        store.writer()
                .appendToolCalls(List.of(new ToolCallRecord(
                        Instant.parse("2025-05-01T10:00:00Z"),
                        "stdio-1",
                        "search",
                        "{\"query\":\"otter\"}",
                        Instant.parse("2025-05-01T10:00:01Z"),
                        3.4,
                        7,
                        512,
                        120,
                        ToolCallRecord.Outcome.OK)));
        store.writer().pruneChangeLog();
        long afterRecords = store.commitSequence();
        store.writer().apply(batch(files(0, 2, 3)));

        assertThat(afterRecords).isEqualTo(start);
        assertThat(store.commitSequence()).isEqualTo(start + 2);
    }

    @Test
    void termScoreCache_pastItsBound_dropsTheLeastRecentlyUsedTerms() {
        TermScoreCache cache = new TermScoreCache(5);
        cache.putAll(2, Map.of("a", scores(3)));
        cache.putAll(2, Map.of("b", scores(2)));
        cache.get(2, "a");

        cache.putAll(2, Map.of("c", scores(2)));

        assertThat(cache.get(2, "a")).isNotNull();
        assertThat(cache.get(2, "b")).isNull();
        assertThat(cache.get(2, "c")).isNotNull();
        assertThat(cache.entries()).isEqualTo(5);
    }

    @Test
    void termScoreCache_atAnotherSequence_servesNothingAndKeepsTheNewest() {
        TermScoreCache cache = new TermScoreCache(100);
        cache.putAll(2, Map.of("a", scores(3)));

        cache.putAll(4, Map.of("b", scores(1)));
        cache.putAll(2, Map.of("c", scores(1)));

        assertThat(cache.get(2, "a")).isNull();
        assertThat(cache.get(4, "a")).isNull();
        assertThat(cache.get(4, "b")).isNotNull();
        assertThat(cache.get(4, "c")).isNull();
    }

    @Test
    void summedScores_best_ordersByScoreDescendingThenChunkIdAscending() {
        SplittableRandom random = new SplittableRandom(7);
        List<TermScores> terms = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            TermScores.Builder builder = new TermScores.Builder();
            for (long id = 1; id <= 300; id++) {
                if (random.nextInt(3) == 0) {
                    builder.add(id, 1 + random.nextInt(4)); // few distinct values: many ties
                }
            }
            terms.add(builder.build());
        }
        SummedScores summed = SummedScores.of(terms);
        List<Integer> expected = IntStream.range(0, summed.size())
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -summed.score(i))
                        .thenComparingLong(summed::chunkId))
                .toList();

        for (int count : List.of(0, 1, 7, 50, summed.size(), summed.size() + 5)) {
            assertThat(IntStream.of(summed.best(count)).boxed().toList())
                    .as("best %d", count)
                    .isEqualTo(expected.subList(0, Math.min(count, expected.size())));
        }
    }

    @Test
    void summedScores_denseAndMerged_giveTheSameChunksAndTheSameDoubles() {
        SplittableRandom random = new SplittableRandom(11);
        List<TermScores> terms = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            TermScores.Builder builder = new TermScores.Builder();
            for (long id = 5; id <= 2_000; id++) {
                if (random.nextInt(4) == 0) {
                    builder.add(id, random.nextDouble() * 10);
                }
            }
            terms.add(builder.build());
        }

        SummedScores dense = SummedScores.dense(terms, 5, 1_996);
        SummedScores merged = SummedScores.merged(terms);

        assertThat(dense.size()).isEqualTo(merged.size());
        for (int i = 0; i < merged.size(); i++) {
            assertThat(dense.chunkId(i)).isEqualTo(merged.chunkId(i));
            assertThat(Double.doubleToRawLongBits(dense.score(i)))
                    .as("sum of chunk %d", merged.chunkId(i))
                    .isEqualTo(Double.doubleToRawLongBits(merged.score(i)));
        }
    }

    private void assertAllEqualFts5() {
        for (String query : QUERIES) {
            assertThat(store.reader().lexical(ANALYZER.queryTerms(query), ChunkFilter.ALL, 20))
                    .as(query)
                    .isEqualTo(ftsRanking(query, ChunkFilter.ALL, 20));
        }
    }

    private TermStatistics freshStatistics(List<String> terms) {
        try (Sql sql = new Sql(store.readerConnections().getFirst())) {
            return FullTextQueries.termStatistics(sql, terms);
        } catch (SQLException e) {
            throw new AssertionError("cannot read the statistics of " + terms, e);
        }
    }

    /** FTS5 ranking the OR query itself ({@link FullTextQueries#lexical}), on a reader connection. */
    private List<LexicalHit> ftsRanking(String query, ChunkFilter filter, int limit) {
        try (Sql sql = new Sql(store.readerConnections().getFirst())) {
            return FullTextQueries.lexical(sql, ANALYZER.queryTerms(query), filter, limit);
        } catch (SQLException e) {
            throw new AssertionError("cannot rank " + query, e);
        }
    }

    /** {@code count} files from {@code src/f<first>.go}, each function holding a seeded mix of {@link #WORDS}. */
    private static List<ParsedFile> files(int first, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ParsedFile> files = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            StringBuilder body = new StringBuilder("func run() {\n");
            int words = 1 + random.nextInt(15);
            for (int w = 0; w < words; w++) {
                body.append(random.nextInt(3) == 0 ? WORDS.get(random.nextInt(WORDS.size())) : "x" + random.nextInt(9))
                        .append(w % 4 == 3 ? "\n" : " ");
            }
            String name = random.nextInt(4) == 0 ? WORDS.get(random.nextInt(WORDS.size())) + "Run" : "run" + i;
            files.add(TestFiles.file("src/f" + i + ".go")
                    .readAt(1_000 + seed) // a later seed is a later read, so a rewrite is applied
                    .test(i % 5 == 0)
                    .function(name, body.append("\n}").toString())
                    .build());
        }
        return files;
    }

    private static IndexBatch batch(List<ParsedFile> files) {
        return IndexBatch.of(files.stream().<IndexJob>map(IndexJob.Upsert::new).toList());
    }

    private static TermScores scores(int size) {
        TermScores.Builder builder = new TermScores.Builder();
        for (int i = 1; i <= size; i++) {
            builder.add(i, i);
        }
        return builder.build();
    }
}
