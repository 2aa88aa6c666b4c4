package shaktiman.adapters.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Verifies a fresh database against the IX-37/IX-38 schema, table by table and column by column (T-39). */
@Timeout(60)
class SqliteSchemaTest {
    // Column: "name TYPE [NN] [DEFAULT x] [PK n]", in declaration order, as PRAGMA table_info reports it.
    private static final Map<String, List<String>> COLUMNS = Map.ofEntries(
            Map.entry(
                    "schema_migrations",
                    List.of("version INTEGER PK 1", "name TEXT NN", "applied_at TEXT NN", "checksum TEXT NN")),
            Map.entry("config", List.of("key TEXT PK 1", "value TEXT NN")),
            Map.entry(
                    "files",
                    List.of(
                            "id INTEGER PK 1",
                            "path TEXT NN",
                            "language TEXT NN",
                            "package TEXT",
                            "size INTEGER NN",
                            "mtime_ms INTEGER NN",
                            "read_ms INTEGER NN",
                            "content_hash TEXT NN",
                            "line_count INTEGER NN",
                            "indexed_at TEXT NN",
                            "parse_quality TEXT NN",
                            "parse_error TEXT",
                            "is_test INTEGER NN")),
            Map.entry(
                    "chunks",
                    List.of(
                            "id INTEGER PK 1",
                            "file_id INTEGER NN",
                            "parent_chunk_id INTEGER",
                            "part_group INTEGER",
                            "chunk_index INTEGER NN",
                            "kind TEXT NN",
                            "is_summary INTEGER NN DEFAULT 0",
                            "symbol_name TEXT",
                            "qualified_name TEXT",
                            "signature TEXT",
                            "start_line INTEGER NN",
                            "end_line INTEGER NN",
                            "content TEXT NN",
                            "content_hash TEXT NN",
                            "token_count INTEGER NN",
                            "embedded INTEGER NN DEFAULT 0",
                            "embed_attempts INTEGER NN DEFAULT 0",
                            "embed_error TEXT",
                            "next_embed_at TEXT")),
            Map.entry(
                    "symbols",
                    List.of(
                            "id INTEGER PK 1",
                            "file_id INTEGER NN",
                            "chunk_id INTEGER NN",
                            "name TEXT NN",
                            "qualified_name TEXT NN",
                            "kind TEXT NN",
                            "start_line INTEGER NN",
                            "end_line INTEGER NN",
                            "signature TEXT",
                            "visibility TEXT",
                            "is_exported INTEGER NN DEFAULT 0",
                            "body_hash TEXT NN")),
            Map.entry(
                    "edges",
                    List.of(
                            "id INTEGER PK 1",
                            "src_symbol_id INTEGER NN",
                            "dst_symbol_id INTEGER NN",
                            "kind TEXT NN",
                            "file_id INTEGER NN",
                            "line INTEGER NN",
                            "text TEXT NN")),
            Map.entry(
                    "pending_edges",
                    List.of(
                            "id INTEGER PK 1",
                            "src_symbol_id INTEGER NN",
                            "file_id INTEGER NN",
                            "dst_name TEXT NN",
                            "text TEXT NN",
                            "dst_qualified_name TEXT NN DEFAULT ''",
                            "kind TEXT NN",
                            "family TEXT NN",
                            "line INTEGER NN",
                            "reason TEXT NN",
                            "created_at TEXT NN")),
            Map.entry(
                    "skipped_files",
                    List.of("path TEXT PK 1", "reason TEXT NN", "size INTEGER", "detail TEXT", "seen_at TEXT NN")),
            Map.entry(
                    "diff_log",
                    List.of(
                            "id INTEGER PK 1",
                            "path TEXT NN",
                            "old_path TEXT",
                            "change_type TEXT NN",
                            "lines_added INTEGER NN DEFAULT 0",
                            "lines_removed INTEGER NN DEFAULT 0",
                            "hash_before TEXT",
                            "hash_after TEXT",
                            "applied_at TEXT NN")),
            Map.entry(
                    "diff_symbols",
                    List.of(
                            "id INTEGER PK 1",
                            "diff_id INTEGER NN",
                            "name TEXT NN",
                            "qualified_name TEXT NN",
                            "kind TEXT NN",
                            "change TEXT NN")),
            Map.entry("diff_chunks", List.of("diff_id INTEGER NN PK 1", "chunk_id INTEGER NN PK 2")),
            Map.entry(
                    "tool_calls",
                    List.of(
                            "id INTEGER PK 1",
                            "daemon_session TEXT NN",
                            "connection TEXT NN",
                            "tool TEXT NN",
                            "args TEXT",
                            "started_at TEXT NN",
                            "duration_ms REAL NN",
                            "result_count INTEGER NN",
                            "response_bytes INTEGER NN",
                            "response_tokens INTEGER NN",
                            "outcome TEXT NN")));

    // Indexes as "ORIGIN(columns)": c = CREATE INDEX, u = UNIQUE constraint, pk = non-rowid primary key.
    private static final Map<String, Set<String>> INDEXES = Map.ofEntries(
            Map.entry("schema_migrations", Set.of()),
            Map.entry("config", Set.of("pk(key)")),
            Map.entry("files", Set.of("u(path)", "c(language)", "c(is_test)")),
            Map.entry(
                    "chunks",
                    Set.of(
                            "c(file_id,chunk_index)",
                            "c(embedded,id)",
                            "c(part_group)",
                            "c(symbol_name)",
                            "c(parent_chunk_id)")),
            Map.entry("symbols", Set.of("c(name)", "c(qualified_name)", "c(file_id)", "c(chunk_id)", "c(kind)")),
            Map.entry(
                    "edges",
                    Set.of("u(src_symbol_id,dst_symbol_id,kind)", "c(dst_symbol_id)", "c(file_id)", "c(kind)")),
            Map.entry("pending_edges", Set.of("c(dst_name)", "c(src_symbol_id)", "c(file_id)")),
            Map.entry("skipped_files", Set.of("pk(path)", "c(reason)")),
            Map.entry("diff_log", Set.of("c(applied_at)", "c(path,applied_at)")),
            Map.entry("diff_symbols", Set.of("c(diff_id)")),
            Map.entry("diff_chunks", Set.of("pk(diff_id,chunk_id)", "c(chunk_id)")),
            Map.entry("tool_calls", Set.of("c(tool,started_at)", "c(daemon_session)")));

    private static final Map<String, Set<String>> FOREIGN_KEYS = Map.ofEntries(
            Map.entry("schema_migrations", Set.of()),
            Map.entry("config", Set.of()),
            Map.entry("files", Set.of()),
            Map.entry("chunks", Set.of("file_id->files(id) CASCADE", "parent_chunk_id->chunks(id) SET NULL")),
            Map.entry("symbols", Set.of("file_id->files(id) CASCADE", "chunk_id->chunks(id) CASCADE")),
            Map.entry(
                    "edges",
                    Set.of(
                            "src_symbol_id->symbols(id) CASCADE",
                            "dst_symbol_id->symbols(id) CASCADE",
                            "file_id->files(id) CASCADE")),
            Map.entry("pending_edges", Set.of("src_symbol_id->symbols(id) CASCADE", "file_id->files(id) CASCADE")),
            Map.entry("skipped_files", Set.of()),
            Map.entry("diff_log", Set.of()),
            Map.entry("diff_symbols", Set.of("diff_id->diff_log(id) CASCADE")),
            Map.entry("diff_chunks", Set.of("diff_id->diff_log(id) CASCADE")),
            Map.entry("tool_calls", Set.of()));

    @TempDir
    Path dir;

    private SqliteIndexStore store;
    private Connection db;

    @BeforeEach
    void openFresh() throws SQLException {
        store = SqliteIndexStore.openForWriting(dir.resolve("index.db"));
        db = SeedRows.open(dir.resolve("index.db"));
    }

    @AfterEach
    void closeAll() throws SQLException {
        db.close();
        store.close();
    }

    @Test
    void freshSchema_tables_areExactlyTheSpecifiedOnes() throws SQLException {
        Set<String> tables = strings("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                + " AND name NOT LIKE 'chunks_fts%'");

        assertThat(tables).containsExactlyInAnyOrderElementsOf(COLUMNS.keySet());
    }

    @Test
    void freshSchema_columns_matchTheSpecColumnByColumn() throws SQLException {
        for (Map.Entry<String, List<String>> table : COLUMNS.entrySet()) {
            List<String> actual = new ArrayList<>();
            try (Statement statement = db.createStatement();
                    ResultSet rows = statement.executeQuery("PRAGMA table_info(" + table.getKey() + ")")) {
                while (rows.next()) {
                    actual.add(column(rows));
                }
            }

            assertThat(actual).as(table.getKey()).containsExactlyElementsOf(table.getValue());
        }
    }

    @Test
    void freshSchema_indexes_matchTheSpec() throws SQLException {
        for (Map.Entry<String, Set<String>> table : INDEXES.entrySet()) {
            Set<String> actual = new TreeSet<>();
            for (List<String> index : rows("PRAGMA index_list(" + table.getKey() + ")", "name", "origin")) {
                List<String> columns = new ArrayList<>();
                for (List<String> column : rows("PRAGMA index_info('" + index.get(0) + "')", "name")) {
                    columns.add(column.getFirst());
                }
                actual.add(index.get(1) + "(" + String.join(",", columns) + ")");
            }

            assertThat(actual).as(table.getKey()).containsExactlyInAnyOrderElementsOf(table.getValue());
        }
    }

    @Test
    void freshSchema_foreignKeys_matchTheSpecWithTheirDeleteActions() throws SQLException {
        for (Map.Entry<String, Set<String>> table : FOREIGN_KEYS.entrySet()) {
            Set<String> actual = new TreeSet<>();
            for (List<String> fk :
                    rows("PRAGMA foreign_key_list(" + table.getKey() + ")", "from", "table", "to", "on_delete")) {
                actual.add(fk.get(0) + "->" + fk.get(1) + "(" + fk.get(2) + ") " + fk.get(3));
            }

            assertThat(actual).as(table.getKey()).containsExactlyInAnyOrderElementsOf(table.getValue());
        }
    }

    @Test
    void freshSchema_ids_areAutoincrement() throws SQLException {
        Set<String> autoincrement = new TreeSet<>();
        for (List<String> table : rows("SELECT name, sql FROM sqlite_schema WHERE type = 'table'", "name", "sql")) {
            if (table.get(1).replaceAll("\\s+", " ").contains("( id INTEGER PRIMARY KEY AUTOINCREMENT,")) {
                autoincrement.add(table.get(0));
            }
        }

        assertThat(autoincrement)
                .containsExactlyInAnyOrder(
                        "files",
                        "chunks",
                        "symbols",
                        "edges",
                        "pending_edges",
                        "diff_log",
                        "diff_symbols",
                        "tool_calls");
    }

    @Test
    void freshSchema_chunksFts_isContentlessAsciiFts5WithDeleteSupport() throws SQLException {
        String sql = SeedRows.queryString(db, "SELECT sql FROM sqlite_schema WHERE name = 'chunks_fts'")
                .replaceAll("\\s+", "");
        Set<String> columns = strings("SELECT name FROM pragma_table_info('chunks_fts')");

        assertThat(sql)
                .containsIgnoringCase("USINGfts5(")
                .contains("content=''", "contentless_delete=1", "tokenize='ascii'");
        assertThat(columns).containsExactlyInAnyOrder("symbol", "path", "content", "doc");
    }

    @Test
    void freshSchema_chunksFtsVocab_isAnFts5VocabRowTable() throws SQLException {
        String sql = SeedRows.queryString(db, "SELECT sql FROM sqlite_schema WHERE name = 'chunks_fts_vocab'")
                .replaceAll("\\s+", "");

        assertThat(sql).containsIgnoringCase("USINGfts5vocab(chunks_fts,'row')");
    }

    @Test
    void chunksFts_rowInsertedThenDeletedByRowid_isGoneFromSearchAndVocab() throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("INSERT INTO chunks_fts (rowid, symbol, path, content, doc)"
                    + " VALUES (41, 'parse_config', 'src/config.go', 'func parse_config zebra', 'reads zebra')");
            long foundBefore = SeedRows.queryLong(db, "SELECT count(*) FROM chunks_fts WHERE chunks_fts MATCH 'zebra'");
            long documentsBefore = SeedRows.queryLong(db, "SELECT doc FROM chunks_fts_vocab WHERE term = 'zebra'");

            statement.execute("DELETE FROM chunks_fts WHERE rowid = 41");

            assertThat(foundBefore).isEqualTo(1);
            assertThat(documentsBefore).isEqualTo(1);
            assertThat(SeedRows.queryLong(db, "SELECT count(*) FROM chunks_fts WHERE chunks_fts MATCH 'zebra'"))
                    .isZero();
            assertThat(SeedRows.queryLong(db, "SELECT count(*) FROM chunks_fts_vocab WHERE term = 'zebra'"))
                    .isZero();
        }
    }

    @Test
    void chunksFts_asciiTokenizer_keepsAnalyzerTermsUnchanged() throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("INSERT INTO chunks_fts (rowid, symbol, path, content, doc)"
                    + " VALUES (1, 'café', 'p', 'naïve', '')");

            assertThat(strings("SELECT term FROM chunks_fts_vocab")).contains("café", "naïve");
        }
    }

    @Test
    void deletingAFile_cascadesToItsRowsAndFtsButNotToChangeRecords() throws SQLException {
        long file = SeedRows.insertFile(db, "a.go", "go", false, "full");
        long chunk = SeedRows.insertChunk(db, file, 0, "body");
        long child = SeedRows.insertChunk(db, SeedRows.insertFile(db, "b.go", "go", false, "full"), 0, "child");
        long symbol = SeedRows.insertSymbol(db, file, chunk, "main");
        long other = SeedRows.insertSymbol(db, file, chunk, "helper");
        SeedRows.insertEdge(db, symbol, other, file);
        try (Statement statement = db.createStatement()) {
            statement.execute("UPDATE chunks SET parent_chunk_id = " + chunk + " WHERE id = " + child);
            statement.execute("INSERT INTO chunks_fts (rowid, symbol, path, content, doc) VALUES (" + chunk
                    + ", 'main', 'a.go', 'body', '')");
            statement.execute("INSERT INTO pending_edges (src_symbol_id, file_id, dst_name, text, kind, family, line,"
                    + " reason, created_at) VALUES (" + symbol + ", " + file
                    + ", 'fmt', 'fmt', 'imports', 'go', 1, 'external', 't')");
            statement.execute("INSERT INTO diff_log (path, change_type, applied_at) VALUES ('a.go', 'add', 't')");

            statement.execute("DELETE FROM files WHERE id = " + file);
        }

        assertThat(SeedRows.queryLong(db, "SELECT count(*) FROM chunks WHERE file_id = " + file))
                .isZero();
        assertThat(SeedRows.queryLong(db, "SELECT count(*) FROM symbols")).isZero();
        assertThat(SeedRows.queryLong(db, "SELECT count(*) FROM edges")).isZero();
        assertThat(SeedRows.queryLong(db, "SELECT count(*) FROM pending_edges")).isZero();
        assertThat(SeedRows.queryLong(db, "SELECT count(*) FROM chunks_fts WHERE chunks_fts MATCH 'body'"))
                .isZero();
        assertThat(SeedRows.queryLong(db, "SELECT count(*) FROM diff_log")).isEqualTo(1);
        assertThat(SeedRows.queryString(db, "SELECT parent_chunk_id FROM chunks WHERE id = " + child))
                .isNull();
    }

    static Stream<String> checkViolations() {
        return Stream.of(
                "UPDATE files SET parse_quality = 'broken'",
                "UPDATE files SET is_test = 2",
                "UPDATE chunks SET kind = 'lambda'",
                "UPDATE chunks SET embedded = 2",
                "UPDATE chunks SET start_line = 0",
                "UPDATE chunks SET end_line = start_line - 1",
                "UPDATE symbols SET kind = 'block'",
                "UPDATE symbols SET visibility = 'protected'",
                "UPDATE edges SET kind = 'uses'",
                "UPDATE pending_edges SET kind = 'uses'",
                "UPDATE pending_edges SET reason = 'unknown'",
                "UPDATE skipped_files SET reason = 'ignored'",
                "UPDATE diff_log SET change_type = 'copy'",
                "UPDATE diff_symbols SET change = 'moved'",
                "UPDATE tool_calls SET outcome = 'timeout'");
    }

    @ParameterizedTest
    @MethodSource("checkViolations")
    void checkConstraint_onValueOutsideTheSpecifiedSet_rejectsTheRow(String violation) throws SQLException {
        insertOneValidRowPerTable();

        assertThatThrownBy(() -> {
                    try (Statement statement = db.createStatement()) {
                        statement.executeUpdate(violation);
                    }
                })
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("CHECK constraint failed");
    }

    private void insertOneValidRowPerTable() throws SQLException {
        long file = SeedRows.insertFile(db, "a.go", "go", false, "full");
        long chunk = SeedRows.insertChunk(db, file, 0, "body");
        long symbol = SeedRows.insertSymbol(db, file, chunk, "main");
        long other = SeedRows.insertSymbol(db, file, chunk, "helper");
        SeedRows.insertEdge(db, symbol, other, file);
        try (Statement statement = db.createStatement()) {
            statement.execute("UPDATE symbols SET visibility = 'public'");
            statement.execute("INSERT INTO pending_edges (src_symbol_id, file_id, dst_name, text, kind, family, line,"
                    + " reason, created_at) VALUES (" + symbol + ", " + file
                    + ", 'fmt', 'fmt', 'imports', 'go', 1, 'external', 't')");
            statement.execute("INSERT INTO skipped_files (path, reason, seen_at) VALUES ('big.bin', 'binary', 't')");
            statement.execute("INSERT INTO diff_log (path, change_type, applied_at) VALUES ('a.go', 'add', 't')");
            statement.execute("INSERT INTO diff_symbols (diff_id, name, qualified_name, kind, change)"
                    + " VALUES (1, 'main', 'main', 'function', 'added')");
            statement.execute("INSERT INTO tool_calls (daemon_session, connection, tool, started_at, duration_ms,"
                    + " result_count, response_bytes, response_tokens, outcome) VALUES ('s', 'c', 'search', 't', 1.5,"
                    + " 1, 2, 3, 'ok')");
        }
    }

    private static String column(ResultSet row) throws SQLException {
        StringBuilder text = new StringBuilder(row.getString("name") + " " + row.getString("type"));
        if (row.getInt("notnull") == 1) {
            text.append(" NN");
        }
        if (row.getString("dflt_value") != null) {
            text.append(" DEFAULT ").append(row.getString("dflt_value"));
        }
        if (row.getInt("pk") > 0) {
            text.append(" PK ").append(row.getInt("pk"));
        }
        return text.toString();
    }

    private Set<String> strings(String sql) throws SQLException {
        Set<String> values = new TreeSet<>();
        for (List<String> row : rows(sql)) {
            values.add(row.getFirst());
        }
        return values;
    }

    /** Rows of {@code sql}, each as the named columns' text (or the first column when none are named). */
    private List<List<String>> rows(String sql, String... columns) throws SQLException {
        List<List<String>> result = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                List<String> row = new ArrayList<>();
                if (columns.length == 0) {
                    row.add(rows.getString(1));
                } else {
                    for (String column : columns) {
                        row.add(rows.getString(column));
                    }
                }
                result.add(row);
            }
        }
        return result;
    }
}
