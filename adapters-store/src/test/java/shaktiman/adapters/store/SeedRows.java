package shaktiman.adapters.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import shaktiman.testkit.contract.IndexStoreContract.SeedFile;

/** Writes rows with plain SQL on a connection of its own, as a test's stand-in for the (future) writer. */
final class SeedRows {
    private SeedRows() {}

    static Connection open(Path dbFile) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dbFile);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys=ON");
            statement.execute("PRAGMA busy_timeout=5000");
        }
        return connection;
    }

    static void seed(Path dbFile, List<SeedFile> files) {
        try (Connection connection = open(dbFile)) {
            connection.setAutoCommit(false);
            for (SeedFile file : files) {
                insert(connection, file);
            }
            connection.commit();
        } catch (SQLException e) {
            throw new AssertionError("cannot seed " + dbFile, e);
        }
    }

    static void config(Path dbFile, Map<String, String> rows) {
        try (Connection connection = open(dbFile);
                PreparedStatement insert =
                        connection.prepareStatement("INSERT OR REPLACE INTO config (key, value) VALUES (?, ?)")) {
            for (Map.Entry<String, String> row : rows.entrySet()) {
                insert.setString(1, row.getKey());
                insert.setString(2, row.getValue());
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new AssertionError("cannot write config rows to " + dbFile, e);
        }
    }

    static void execute(Path dbFile, String... statements) {
        try (Connection connection = open(dbFile);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new AssertionError("cannot execute SQL on " + dbFile, e);
        }
    }

    static long insert(Connection connection, SeedFile file) throws SQLException {
        long fileId =
                insertFile(connection, file.path(), file.language(), file.test(), file.parseError() ? "error" : "full");
        long firstChunk = 0;
        for (int i = 0; i < file.chunks(); i++) {
            long chunk = insertChunk(connection, fileId, i, "body of " + file.path() + " #" + i);
            firstChunk = i == 0 ? chunk : firstChunk;
        }
        long firstSymbol = 0;
        for (int i = 0; i < file.symbols(); i++) {
            long symbol = insertSymbol(connection, fileId, firstChunk, "sym" + i);
            if (i == 0) {
                firstSymbol = symbol;
            } else if (i <= file.edges()) {
                insertEdge(connection, firstSymbol, symbol, fileId);
            }
        }
        return fileId;
    }

    static long insertFile(Connection connection, String path, String language, boolean test, String parseQuality)
            throws SQLException {
        return insertReturningId(
                connection,
                "INSERT INTO files (path, language, size, mtime_ms, read_ms, content_hash, line_count, indexed_at,"
                        + " parse_quality, is_test) VALUES (?, ?, 10, 1, 2, 'h', 3, '2025-01-01T00:00:00.000Z', ?, ?)",
                path,
                language,
                parseQuality,
                test ? 1 : 0);
    }

    static long insertChunk(Connection connection, long fileId, int index, String content) throws SQLException {
        return insertReturningId(
                connection,
                "INSERT INTO chunks (file_id, chunk_index, kind, start_line, end_line, content, content_hash,"
                        + " token_count) VALUES (?, ?, 'function', 1, 2, ?, 'h', 5)",
                fileId,
                index,
                content);
    }

    static long insertSymbol(Connection connection, long fileId, long chunkId, String name) throws SQLException {
        return insertReturningId(
                connection,
                "INSERT INTO symbols (file_id, chunk_id, name, qualified_name, kind, start_line, end_line, body_hash)"
                        + " VALUES (?, ?, ?, ?, 'function', 1, 2, 'b')",
                fileId,
                chunkId,
                name,
                "pkg." + name);
    }

    static long insertEdge(Connection connection, long src, long dst, long fileId) throws SQLException {
        return insertReturningId(
                connection,
                "INSERT INTO edges (src_symbol_id, dst_symbol_id, kind, file_id, line, text) VALUES (?, ?, 'calls', ?,"
                        + " 1, 'call()')",
                src,
                dst,
                fileId);
    }

    static long insertReturningId(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
        }
        return queryLong(connection, "SELECT last_insert_rowid()");
    }

    static long queryLong(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    static String queryString(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
