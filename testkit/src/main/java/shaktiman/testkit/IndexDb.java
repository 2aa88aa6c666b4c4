package shaktiman.testkit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads an index database from outside, as a second process would: one short query-only JDBC connection per call, so
 * a running leader's writer is never held up (WAL). For process-level tests that watch the index change.
 */
public final class IndexDb {
    private final Path file;

    public IndexDb(Path file) {
        this.file = file;
    }

    /** Every stored file's content hash, by path; empty before the database exists. */
    public Map<String, String> hashes() {
        Map<String, String> hashes = new TreeMap<>();
        query("SELECT path, content_hash FROM files", List.of(), row -> hashes.put(row.getString(1), row.getString(2)));
        return hashes;
    }

    /** The files row id of {@code path}, if stored. */
    public Optional<Long> fileId(String path) {
        List<Long> ids = new ArrayList<>();
        query("SELECT id FROM files WHERE path = ?", List.of(path), row -> ids.add(row.getLong(1)));
        return ids.stream().findFirst();
    }

    /** The change records (IX-49) of {@code path}, oldest first, as {@code change_type} values. */
    public List<String> changes(String path) {
        List<String> changes = new ArrayList<>();
        query(
                "SELECT change_type FROM diff_log WHERE path = ? ORDER BY id",
                List.of(path),
                row -> changes.add(row.getString(1)));
        return changes;
    }

    /**
     * The rows of {@code sql} with {@code args} bound, each row's columns joined by {@code |} (NULL as {@code -}), in the
     * query's order; empty before the database exists.
     */
    public List<String> rows(String sql, Object... args) {
        List<String> rows = new ArrayList<>();
        query(sql, List.of(args), row -> {
            StringBuilder line = new StringBuilder();
            int columns = row.getMetaData().getColumnCount();
            for (int column = 1; column <= columns; column++) {
                String value = row.getString(column);
                line.append(column > 1 ? "|" : "").append(value == null ? "-" : value);
            }
            rows.add(line.toString());
        });
        return rows;
    }

    /** Whether {@code path} is stored with the hash of {@code content}. */
    public boolean holds(String path, String content) {
        return sha256(content).equals(hashes().get(path));
    }

    public static String sha256(String content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("SHA-256 is always available", e);
        }
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private void query(String sql, List<Object> args, RowReader reader) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            connection.createStatement().execute("PRAGMA busy_timeout=5000");
            connection.createStatement().execute("PRAGMA query_only=1");
            for (int i = 0; i < args.size(); i++) {
                statement.setObject(i + 1, args.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new AssertionError("cannot query " + file + " with " + sql + ": " + e.getMessage(), e);
        }
    }
}
