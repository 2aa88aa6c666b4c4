package shaktiman.adapters.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a store's rows with plain SQL on a connection of its own, as text lines a test can compare: the canonical
 * dump of the spec's §11, with ids kept where a test is about ids.
 */
final class IndexDump {
    private final Path dbFile;

    IndexDump(Path dbFile) {
        this.dbFile = dbFile;
    }

    /** Chunks with their ids: {@code id path#index kind qn hash embedded parent group lines}. */
    List<String> chunks() {
        return lines(
                "SELECT c.id || ' ' || f.path || '#' || c.chunk_index || ' ' || c.kind || ' '"
                        + " || ifnull(c.qualified_name, '-') || ' ' || c.content_hash || ' ' || c.embedded || ' '"
                        + " || ifnull(c.parent_chunk_id, '-') || ' ' || ifnull(c.part_group, '-') || ' ' || c.start_line"
                        + " || '-' || c.end_line FROM chunks c JOIN files f ON f.id = c.file_id ORDER BY f.path, c.chunk_index");
    }

    /** Symbols with their ids: {@code id path kind qn lines signature chunk}. */
    List<String> symbols() {
        return lines("SELECT s.id || ' ' || f.path || ' ' || s.kind || ' ' || s.qualified_name || ' ' || s.start_line"
                + " || '-' || s.end_line || ' ' || ifnull(s.signature, '') || ' ' || s.chunk_id FROM symbols s"
                + " JOIN files f ON f.id = s.file_id ORDER BY f.path, s.start_line, s.id");
    }

    /** Edges with their ids: {@code id srcQn->dstQn kind line}. */
    List<String> edges() {
        return lines("SELECT e.id || ' ' || s.qualified_name || '->' || d.qualified_name || ' ' || e.kind || ' '"
                + " || e.line FROM edges e JOIN symbols s ON s.id = e.src_symbol_id JOIN symbols d ON d.id ="
                + " e.dst_symbol_id ORDER BY e.id");
    }

    /** Edges without ids: {@code srcQn->dstQn kind}. */
    List<String> edgeNames() {
        return lines("SELECT s.qualified_name || '->' || d.qualified_name || ' ' || e.kind FROM edges e"
                + " JOIN symbols s ON s.id = e.src_symbol_id JOIN symbols d ON d.id = e.dst_symbol_id ORDER BY 1");
    }

    /** Pending rows: {@code srcQn dst_name kind reason [dst_qualified_name]}. */
    List<String> pending() {
        return lines("SELECT s.qualified_name || ' ' || p.dst_name || ' ' || p.kind || ' ' || p.reason"
                + " || CASE WHEN p.dst_qualified_name = '' THEN '' ELSE ' ' || p.dst_qualified_name END"
                + " FROM pending_edges p JOIN symbols s ON s.id = p.src_symbol_id ORDER BY 1");
    }

    /** Change records: {@code type path [old_path] +added -removed}, in id order. */
    List<String> changes() {
        return lines("SELECT change_type || ' ' || path || ifnull(' from ' || old_path, '') || ' +' || lines_added"
                + " || ' -' || lines_removed FROM diff_log ORDER BY id");
    }

    /** The symbols of the change records: {@code path qn change}, in record order. */
    List<String> changedSymbols() {
        return lines("SELECT l.path || ' ' || s.qualified_name || ' ' || s.change FROM diff_symbols s"
                + " JOIN diff_log l ON l.id = s.diff_id ORDER BY l.id, s.id");
    }

    /** The chunk ids of the change records, by record path, in record order. */
    List<String> changedChunks() {
        return lines("SELECT l.path || ' ' || c.chunk_id FROM diff_chunks c JOIN diff_log l ON l.id = c.diff_id"
                + " ORDER BY l.id, c.chunk_id");
    }

    /**
     * The terms stored in one column of every full-text row, by rowid, in token order, read back through an
     * {@code fts5vocab} instance table (a contentless table returns no column values).
     */
    Map<Long, List<String>> ftsTerms(String column) {
        try (Connection connection = SeedRows.open(dbFile);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_instances USING fts5vocab(main, chunks_fts,"
                    + " 'instance')");
            Map<Long, List<String>> terms = new TreeMap<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT doc, term FROM temp.fts_instances WHERE col = '" + column + "' ORDER BY doc, offset")) {
                while (rows.next()) {
                    terms.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
                            .add(rows.getString(2));
                }
            }
            return terms;
        } catch (SQLException e) {
            throw new AssertionError("cannot read full-text terms of " + dbFile, e);
        }
    }

    long count(String sql) {
        try (Connection connection = SeedRows.open(dbFile)) {
            return SeedRows.queryLong(connection, sql);
        } catch (SQLException e) {
            throw new AssertionError("cannot run " + sql + " on " + dbFile, e);
        }
    }

    String string(String sql) {
        try (Connection connection = SeedRows.open(dbFile)) {
            return SeedRows.queryString(connection, sql);
        } catch (SQLException e) {
            throw new AssertionError("cannot run " + sql + " on " + dbFile, e);
        }
    }

    /** Runs FTS5's own consistency check; throws if it fails. */
    void ftsIntegrityCheck() throws SQLException {
        try (Connection connection = SeedRows.open(dbFile);
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO chunks_fts (chunks_fts) VALUES ('integrity-check')");
        }
    }

    List<String> lines(String sql) {
        try (Connection connection = SeedRows.open(dbFile);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> lines = new ArrayList<>();
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
            return lines;
        } catch (SQLException e) {
            throw new AssertionError("cannot run " + sql + " on " + dbFile, e);
        }
    }
}
