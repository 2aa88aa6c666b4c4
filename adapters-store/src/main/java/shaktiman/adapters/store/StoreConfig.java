package shaktiman.adapters.store;

import java.sql.SQLException;
import java.util.Optional;

/** The rows of the {@code config} table (IX-37) that the writer reads and writes. */
final class StoreConfig {
    static final String INDEX_FINGERPRINT = "index_fingerprint";
    static final String FULL_INDEX_COMPLETED_AT = "full_index_completed_at";
    static final String FULL_INDEX_FINGERPRINT = "full_index_fingerprint";
    static final String TEST_PATTERNS_FINGERPRINT = "test_patterns_fingerprint";

    Optional<String> get(Sql sql, String key) throws SQLException {
        return sql.query("SELECT value FROM config WHERE key = ?", row -> row.getString(1), key).stream()
                .findFirst();
    }

    void put(Sql sql, String key, String value) throws SQLException {
        sql.update("INSERT OR REPLACE INTO config (key, value) VALUES (?, ?)", key, value);
    }

    void writeCompletion(Sql sql, String fingerprint, String now) throws SQLException {
        put(sql, FULL_INDEX_COMPLETED_AT, now);
        put(sql, FULL_INDEX_FINGERPRINT, fingerprint);
    }

    void clearCompletion(Sql sql) throws SQLException {
        sql.update("DELETE FROM config WHERE key IN (?, ?)", FULL_INDEX_COMPLETED_AT, FULL_INDEX_FINGERPRINT);
    }

    /** Change records are written only while the completion record exists for the current fingerprint (IX-41). */
    boolean changeLogOn(Sql sql) throws SQLException {
        String completedAt = get(sql, FULL_INDEX_COMPLETED_AT).orElse("");
        String current = get(sql, INDEX_FINGERPRINT).orElse("");
        return !completedAt.isEmpty()
                && !current.isEmpty()
                && current.equals(get(sql, FULL_INDEX_FINGERPRINT).orElse(""));
    }
}
