package shaktiman.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import shaktiman.core.index.chunk.Chunk;
import shaktiman.core.model.ChunkKind;

/**
 * A read-only JDBC view of a project's {@code index.db}, for the figures the benchmark reads after a run: totals, the
 * stored chunks of each file, and whether a full-text term is searchable yet. Opened with {@code mode=ro}, so it never
 * writes or blocks the writer (WAL).
 */
final class CorpusIndex implements AutoCloseable {

    private final Path file;
    private final Connection connection;
    private final PreparedStatement termQuery;

    private CorpusIndex(Path file, Connection connection) throws SQLException {
        this.file = file;
        this.connection = connection;
        this.termQuery = connection.prepareStatement("SELECT count(*) FROM chunks_fts WHERE chunks_fts MATCH ?");
    }

    static CorpusIndex open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no index at " + file);
        }
        try {
            return new CorpusIndex(file, DriverManager.getConnection("jdbc:sqlite:file:" + file + "?mode=ro"));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + file + " read-only", e);
        }
    }

    /** What the index holds. */
    record Totals(long files, long bytes, long chunks, long symbols, long edges) {}

    Totals totals() {
        return new Totals(
                count("SELECT count(*) FROM files"),
                count("SELECT coalesce(sum(size), 0) FROM files"),
                count("SELECT count(*) FROM chunks"),
                count("SELECT count(*) FROM symbols"),
                count("SELECT count(*) FROM edges"));
    }

    /** An indexed file: its path relative to the root, and its language. */
    record IndexedPath(String path, String language) {}

    List<IndexedPath> files() {
        List<IndexedPath> files = new ArrayList<>();
        try (PreparedStatement statement =
                        connection.prepareStatement("SELECT path, language FROM files ORDER BY path");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                files.add(new IndexedPath(rows.getString(1), rows.getString(2)));
            }
            return files;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the files of " + file, e);
        }
    }

    /** Whether some chunk's full-text row holds {@code term} (one analyzer term: letters and digits only). */
    boolean searchable(String term) {
        try {
            termQuery.setString(1, "\"" + term + "\"");
            try (ResultSet rows = termQuery.executeQuery()) {
                return rows.next() && rows.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot search " + file + " for " + term, e);
        }
    }

    /** Receives each file's stored chunks, in chunk_index order. */
    @FunctionalInterface
    interface FileChunks {
        /** {@code chunks} rebuilds them; it throws {@link IllegalArgumentException} when the stored rows are inconsistent. */
        void accept(String path, Supplier<List<Chunk>> chunks);
    }

    /**
     * Hands every file's stored chunks (none for an empty file) to {@code sink}, rebuilt as core {@link Chunk}s: parent and part group map from
     * row ids back to positions.
     */
    void forEachFile(FileChunks sink) {
        String sql = "SELECT f.path, c.id, c.chunk_index, c.kind, c.is_summary, c.symbol_name, c.qualified_name,"
                + " c.signature, c.start_line, c.end_line, c.content, c.content_hash, c.token_count,"
                + " c.parent_chunk_id, c.part_group FROM files f LEFT JOIN chunks c ON c.file_id = f.id"
                + " ORDER BY f.id, c.chunk_index";
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            String path = null;
            List<Row> rowsOfFile = new ArrayList<>();
            while (rows.next()) {
                String rowPath = rows.getString(1);
                if (path != null && !path.equals(rowPath)) {
                    List<Row> done = List.copyOf(rowsOfFile);
                    sink.accept(path, () -> chunks(done));
                    rowsOfFile.clear();
                }
                path = rowPath;
                if (nullableLong(rows, 2) == null) {
                    // A file without chunks (empty or all blank): the check still sees it, with no chunks.
                    continue;
                }
                rowsOfFile.add(new Row(
                        rows.getLong(2),
                        rows.getInt(3),
                        rows.getString(4),
                        rows.getInt(5) != 0,
                        rows.getString(6),
                        rows.getString(7),
                        rows.getString(8),
                        rows.getInt(9),
                        rows.getInt(10),
                        rows.getString(11),
                        rows.getString(12),
                        rows.getInt(13),
                        nullableLong(rows, 14),
                        nullableLong(rows, 15)));
            }
            if (path != null) {
                List<Row> done = List.copyOf(rowsOfFile);
                sink.accept(path, () -> chunks(done));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the chunks of " + file, e);
        }
    }

    private record Row(
            long id,
            int chunkIndex,
            String kind,
            boolean summary,
            String symbolName,
            String qualifiedName,
            String signature,
            int startLine,
            int endLine,
            String content,
            String contentHash,
            int tokenCount,
            Long parentId,
            Long partGroupId) {}

    private static List<Chunk> chunks(List<Row> rows) {
        Map<Long, Integer> positions = new HashMap<>();
        rows.forEach(row -> positions.put(row.id(), row.chunkIndex()));
        List<Chunk> chunks = new ArrayList<>(rows.size());
        for (Row row : rows) {
            chunks.add(new Chunk(
                    row.chunkIndex(),
                    ChunkKind.fromWireName(row.kind()),
                    row.summary(),
                    row.symbolName(),
                    row.qualifiedName(),
                    row.signature(),
                    row.startLine(),
                    row.endLine(),
                    row.content(),
                    row.contentHash(),
                    row.tokenCount(),
                    row.parentId() == null ? -1 : positions.getOrDefault(row.parentId(), -2),
                    row.partGroupId() == null ? -1 : positions.getOrDefault(row.partGroupId(), -2)));
        }
        return chunks;
    }

    private static Long nullableLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    private long count(String sql) {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql + " on " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            termQuery.close();
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close " + file, e);
        }
    }
}
