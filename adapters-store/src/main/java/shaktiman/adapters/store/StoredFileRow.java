package shaktiman.adapters.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import shaktiman.core.model.index.FileMeta;

/** The {@code files} row of one stored path, as far as the writer needs it. */
record StoredFileRow(long id, String path, String language, long readMs, String contentHash) {

    static Optional<StoredFileRow> find(Sql sql, String path) throws SQLException {
        List<StoredFileRow> rows = sql.query(
                "SELECT id, path, language, read_ms, content_hash FROM files WHERE path = ?",
                row -> new StoredFileRow(
                        row.getLong("id"),
                        row.getString("path"),
                        row.getString("language"),
                        row.getLong("read_ms"),
                        row.getString("content_hash")),
                path);
        return rows.stream().findFirst();
    }

    /** Inserts a new files row for {@code meta}; returns its id. */
    static long insert(Sql sql, FileMeta meta, String indexedAt) throws SQLException {
        return sql.insert(
                "INSERT INTO files (path, language, package, size, mtime_ms, read_ms, content_hash, line_count,"
                        + " indexed_at, parse_quality, parse_error, is_test) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                meta.path(),
                meta.language(),
                meta.packageName(),
                meta.size(),
                meta.mtimeMs(),
                meta.readMs(),
                meta.contentHash(),
                meta.lineCount(),
                indexedAt,
                meta.parseQuality().wireName(),
                meta.parseError(),
                meta.isTest());
    }

    /** Overwrites the row {@code id} with {@code meta}, path included, keeping its id. */
    static void update(Sql sql, long id, FileMeta meta, String indexedAt) throws SQLException {
        sql.update(
                "UPDATE files SET path = ?, language = ?, package = ?, size = ?, mtime_ms = ?, read_ms = ?,"
                        + " content_hash = ?, line_count = ?, indexed_at = ?, parse_quality = ?, parse_error = ?,"
                        + " is_test = ? WHERE id = ?",
                meta.path(),
                meta.language(),
                meta.packageName(),
                meta.size(),
                meta.mtimeMs(),
                meta.readMs(),
                meta.contentHash(),
                meta.lineCount(),
                indexedAt,
                meta.parseQuality().wireName(),
                meta.parseError(),
                meta.isTest(),
                id);
    }
}
