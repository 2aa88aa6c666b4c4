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
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import shaktiman.core.port.IndexReader.ChunkFilter;
import shaktiman.core.port.IndexReader.TestScope;

/**
 * Verifies that every query of {@link SqliteIndexReader}, and the resolver's lookups in the writer
 * ({@link SqlCandidateLookup}), is driven by a selective index, as SQLite plans it on the
 * shipped schema without statistics (the index is never ANALYZEd): no full scan of a table, and none of the indexes
 * on a column with a handful of values, which visit most rows.
 */
@Timeout(60)
class SqliteIndexReaderPlanTest {
    private static final List<String> UNSELECTIVE = List.of("idx_files_is_test", "idx_symbols_kind", "idx_edges_kind");

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

    static Stream<Arguments> queries() {
        ChunkFilter filtered = new ChunkFilter("src/api", TestScope.IMPL);
        return Stream.of(
                Arguments.of("lexical", FullTextQueries.RANKED),
                Arguments.of("lexical filter", FullTextQueries.keptSql(3, condition(filtered))),
                Arguments.of("matched terms", FullTextQueries.HOLDERS),
                Arguments.of("vocabulary", FullTextQueries.vocabularySql(3)),
                Arguments.of("chunks", RowQueries.chunksSql(3)),
                Arguments.of("part groups", RowQueries.partGroupsSql(3)),
                Arguments.of("symbols", RowQueries.symbolsSql(3)),
                Arguments.of("symbols of chunks", RowQueries.symbolsOfChunksSql(3)),
                Arguments.of("symbols named", GraphQueries.symbolsNamedSql(1, false, true, condition(filtered))),
                Arguments.of(
                        "symbols named, qualified", GraphQueries.symbolsNamedSql(3, true, true, condition(filtered))),
                Arguments.of("edges out", GraphQueries.edgesSql(3, true, 2)),
                Arguments.of("edges in", GraphQueries.edgesSql(3, false, 2)),
                Arguments.of("unresolved to", GraphQueries.unresolvedToSql(condition(filtered))),
                Arguments.of("unresolved from", GraphQueries.unresolvedFromSql(3, 2)),
                Arguments.of("changes", ChangeQueries.changesSql("")),
                Arguments.of(
                        "changes under a path",
                        ChangeQueries.changesSql(" AND " + ReadRows.pathCondition("path", "src", new ArrayList<>()))),
                Arguments.of("changed symbols", ChangeQueries.changedSymbolsSql(3)),
                Arguments.of("latest changes", ChangeQueries.latestSql(3)),
                Arguments.of("changed chunks", ChangeQueries.changedChunksSql(3)),
                Arguments.of("resolver: symbols named", SqlCandidateLookup.symbolsNamedSql(2, 1)),
                Arguments.of("resolver: supertypes", SqlCandidateLookup.SUPERTYPES));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void query_plan_usesNoFullScanAndNoUnselectiveIndex(String name, String sql) throws SQLException {
        List<String> plan = plan(sql);

        assertThat(plan)
                .as("plan of %s: %s", name, sql)
                .isNotEmpty()
                .noneMatch(line -> line.startsWith("SCAN ") && !line.contains("VIRTUAL TABLE"))
                .noneMatch(line -> UNSELECTIVE.stream().anyMatch(line::contains));
    }

    private static String condition(ChunkFilter filter) {
        return ReadRows.filterCondition(filter, new ArrayList<>());
    }

    private List<String> plan(String sql) throws SQLException {
        Connection connection = store.readerConnections().getFirst();
        List<String> lines = new ArrayList<>();
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN QUERY PLAN " + sql);
                ResultSet rows = explain.executeQuery()) {
            while (rows.next()) {
                lines.add(rows.getString("detail"));
            }
        }
        return lines;
    }
}
