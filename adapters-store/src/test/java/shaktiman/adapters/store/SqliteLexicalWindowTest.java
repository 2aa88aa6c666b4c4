package shaktiman.adapters.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import shaktiman.core.model.index.IndexBatch;
import shaktiman.core.model.index.IndexJob;
import shaktiman.core.model.index.ParsedFile;
import shaktiman.core.port.IndexReader.ChunkFilter;
import shaktiman.core.port.IndexReader.TestScope;
import shaktiman.core.port.LexicalHit;
import shaktiman.core.text.IdentifierAnalyzer;
import shaktiman.testkit.TestFiles;

/**
 * Verifies that the SQLite reader's lexical retrieval, which ranks on the full-text index alone and filters the rows it
 * reads in a window of {@link FullTextQueries#WINDOW_FACTOR} times the limit, returns exactly the hits of filtering
 * every match before ranking: past the window, with any filter and limit, in the same order.
 */
@Timeout(60)
class SqliteLexicalWindowTest {
    private static final IdentifierAnalyzer ANALYZER = new IdentifierAnalyzer();

    /** Filter first, then rank: the reader's query before the window. */
    private static final String JOIN_FIRST = "SELECT c.id, " + FullTextQueries.BM25 + " AS b FROM chunks_fts"
            + " JOIN chunks c ON c.id = chunks_fts.rowid JOIN files f ON f.id = c.file_id WHERE chunks_fts MATCH ?%s"
            + " ORDER BY b, c.id LIMIT ?";

    @TempDir
    Path dir;

    private SqliteIndexStore store;

    @BeforeEach
    void open() {
        store = SqliteIndexStore.openForWriting(dir.resolve("index.db"));
        List<ParsedFile> files = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // Test files where the term is the symbol: better BM25 than any implementation file below.
            files.add(TestFiles.file("t/otter" + i + "_test.go")
                    .test(true)
                    .function("otter", "func otter() { otter(" + "x, ".repeat(i % 4) + ") }")
                    .build());
        }
        for (int i = 0; i < 12; i++) {
            String text = "func run() { // otter" + " walrus".repeat(i % 3) + " mention " + "y ".repeat(i % 5) + "\n}";
            files.add(TestFiles.file((i % 2 == 0 ? "keep/" : "other/") + "f" + i + ".go")
                    .function("run" + i, text)
                    .build());
        }
        store.writer()
                .apply(IndexBatch.of(
                        files.stream().<IndexJob>map(IndexJob.Upsert::new).toList()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void lexical_whenTheFilterDropsTheWholeFirstWindow_readsOnAndReturnsLimitHits() {
        int limit = 3;

        List<LexicalHit> hits =
                store.reader().lexical(ANALYZER.queryTerms("otter"), new ChunkFilter("", TestScope.IMPL), limit);

        assertThat(30)
                .as("test-file hits, more than the first window")
                .isGreaterThan(limit * FullTextQueries.WINDOW_FACTOR);
        assertThat(hits).hasSize(limit);
        assertThat(hits)
                .extracting(LexicalHit::chunkId)
                .containsExactlyElementsOf(joinFirst("otter", new ChunkFilter("", TestScope.IMPL), limit));
    }

    static Stream<Arguments> filtersAndLimits() {
        List<Arguments> cases = new ArrayList<>();
        for (ChunkFilter filter : List.of(
                ChunkFilter.ALL,
                new ChunkFilter("", TestScope.IMPL),
                new ChunkFilter("", TestScope.TEST),
                new ChunkFilter("keep", TestScope.ALL),
                new ChunkFilter("keep", TestScope.TEST))) {
            for (int limit : List.of(1, 2, 5, 8, 13, 50)) {
                for (String query : List.of("otter", "otter walrus", "walrus")) {
                    cases.add(Arguments.of(query, filter, limit));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} limit {2}")
    @MethodSource("filtersAndLimits")
    void lexical_withAnyFilterAndLimit_returnsTheHitsOfFilteringBeforeRanking(
            String query, ChunkFilter filter, int limit) {
        List<LexicalHit> hits = store.reader().lexical(ANALYZER.queryTerms(query), filter, limit);

        assertThat(hits).extracting(LexicalHit::chunkId).containsExactlyElementsOf(joinFirst(query, filter, limit));
    }

    private List<Long> joinFirst(String query, ChunkFilter filter, int limit) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(FullTextQueries.matchAny(FullTextQueries.matchable(ANALYZER.queryTerms(query))));
        String sql = JOIN_FIRST.formatted(ReadRows.filterCondition(filter, parameters));
        parameters.add(limit);
        Connection connection = store.readerConnections().getFirst();
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new AssertionError("cannot run " + sql, e);
        }
        return ids;
    }
}
