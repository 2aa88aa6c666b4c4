package shaktiman.adapters.store;

import java.sql.SQLException;
import java.util.List;
import shaktiman.core.index.write.FtsColumns;
import shaktiman.core.text.IdentifierAnalyzer;

/** Writes and deletes rows of the contentless {@code chunks_fts} table (IX-38); rowid = chunk id. */
final class FtsRows {
    private FtsRows() {}

    static void insert(
            Sql sql, IdentifierAnalyzer analyzer, long chunkId, List<String> names, String path, String content)
            throws SQLException {
        FtsColumns columns = FtsColumns.analyze(analyzer, names, path, content);
        sql.update(
                "INSERT INTO chunks_fts (rowid, symbol, path, content, doc) VALUES (?, ?, ?, ?, ?)",
                chunkId,
                columns.symbol(),
                columns.path(),
                columns.content(),
                columns.doc());
    }

    static void delete(Sql sql, long chunkId) throws SQLException {
        sql.update("DELETE FROM chunks_fts WHERE rowid = ?", chunkId);
    }

    static void rewrite(
            Sql sql, IdentifierAnalyzer analyzer, long chunkId, List<String> names, String path, String content)
            throws SQLException {
        delete(sql, chunkId);
        insert(sql, analyzer, chunkId, names, path, content);
    }
}
