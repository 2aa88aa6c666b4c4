package shaktiman.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The canonical dump of indexing.md §11, read from an index database file with plain SQL: every file, chunk, symbol,
 * edge, pending row, skip record and full-text term as one sorted text line, with row ids left out (a parent chunk or
 * a part group is named by its position in the file), so that two indexes of the same tree compare equal however they
 * were built. The driver is whatever JDBC driver for {@code jdbc:sqlite:} is on the caller's path (sqlite-jdbc, via
 * the store adapter).
 *
 * <pre>{@code
 * assertThat(CanonicalDump.of(liveDb)).containsExactlyElementsOf(CanonicalDump.of(freshDb));
 * }</pre>
 */
public final class CanonicalDump {
    private CanonicalDump() {}

    private static final List<String> QUERIES = List.of(
            "SELECT 'file ' || path || ' ' || content_hash || ' ' || language || ' test=' || is_test || ' '"
                    + " || parse_quality FROM files",
            "SELECT 'chunk ' || f.path || '#' || c.chunk_index || ' ' || c.start_line || '-' || c.end_line || ' '"
                    + " || c.kind || ' summary=' || c.is_summary || ' ' || ifnull(c.symbol_name, '-') || ' '"
                    + " || ifnull(c.qualified_name, '-') || ' ' || ifnull(c.signature, '-') || ' ' || c.content_hash"
                    + " || ' tokens=' || c.token_count || ' parent=' || ifnull(p.chunk_index, '-') || ' group='"
                    + " || ifnull(g.chunk_index, '-')"
                    + " FROM chunks c JOIN files f ON f.id = c.file_id"
                    + " LEFT JOIN chunks p ON p.id = c.parent_chunk_id"
                    + " LEFT JOIN chunks g ON g.id = c.part_group",
            "SELECT 'symbol ' || f.path || ' ' || s.qualified_name || ' ' || s.kind || ' ' || s.start_line || '-'"
                    + " || s.end_line || ' ' || ifnull(s.signature, '-') || ' ' || ifnull(s.visibility, '-')"
                    + " || ' chunk=' || c.chunk_index || ' body=' || s.body_hash"
                    + " FROM symbols s JOIN files f ON f.id = s.file_id JOIN chunks c ON c.id = s.chunk_id",
            "SELECT 'edge ' || sf.path || ':' || s.qualified_name || ' -> ' || df.path || ':' || d.qualified_name"
                    + " || ' ' || e.kind || ' line=' || e.line"
                    + " FROM edges e JOIN symbols s ON s.id = e.src_symbol_id JOIN files sf ON sf.id = s.file_id"
                    + " JOIN symbols d ON d.id = e.dst_symbol_id JOIN files df ON df.id = d.file_id",
            "SELECT 'pending ' || f.path || ':' || s.qualified_name || ' -> ' || p.dst_name || ' ['"
                    + " || p.dst_qualified_name || '] ' || p.kind || ' ' || p.reason || ' line=' || p.line"
                    + " FROM pending_edges p JOIN symbols s ON s.id = p.src_symbol_id JOIN files f ON f.id = s.file_id",
            "SELECT 'skipped ' || path || ' ' || reason FROM skipped_files",
            "SELECT 'fts ' || f.path || '#' || c.chunk_index || ' ' || t.col || ' ' || group_concat(t.term, ' ')"
                    + " FROM (SELECT doc, col, term FROM temp.canonical_fts_instances ORDER BY doc, col, offset) t"
                    + " JOIN chunks c ON c.id = t.doc JOIN files f ON f.id = c.file_id"
                    + " GROUP BY t.doc, t.col");

    /**
     * Reads the dump of {@code indexDb}, sorted.
     *
     * @throws AssertionError if the file is missing or cannot be read as an index (tests want a failure, not a skip)
     */
    public static List<String> of(Path indexDb) {
        if (!Files.isRegularFile(indexDb)) {
            throw new AssertionError("no index database at " + indexDb);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + indexDb);
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout=5000");
            // A contentless FTS5 table returns no column values; its terms are read back through an instance table.
            statement.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.canonical_fts_instances"
                    + " USING fts5vocab(main, chunks_fts, 'instance')");
            List<String> lines = new ArrayList<>();
            for (String query : QUERIES) {
                try (ResultSet rows = statement.executeQuery(query)) {
                    while (rows.next()) {
                        lines.add(rows.getString(1));
                    }
                }
            }
            lines.sort(null);
            return lines;
        } catch (SQLException e) {
            throw new AssertionError("cannot dump the index " + indexDb + ": " + e.getMessage(), e);
        }
    }
}
