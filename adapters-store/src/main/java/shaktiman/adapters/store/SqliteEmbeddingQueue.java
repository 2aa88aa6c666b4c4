package shaktiman.adapters.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import shaktiman.core.port.EmbedCandidate;
import shaktiman.core.port.EmbedFailure;
import shaktiman.core.port.EmbeddingCounts;
import shaktiman.core.port.EmbeddingQueue;
import shaktiman.core.port.IndexStoreException;
import shaktiman.core.port.IndexStoreException.Kind;

/**
 * Implements {@link EmbeddingQueue} on the {@code chunks} columns {@code embedded}, {@code embed_attempts},
 * {@code embed_error} and {@code next_embed_at} (IX-37): reads on the reader pool, writes as transactions of the
 * store's single writer.
 */
final class SqliteEmbeddingQueue implements EmbeddingQueue {
    private static final String FINGERPRINT_KEY = "embedding_fingerprint";

    private final SqliteIndexStore store;
    private final Path dbFile;
    private final ReaderPool readers;
    private final SqliteIndexWriter writer; // null when opened read-only

    SqliteEmbeddingQueue(SqliteIndexStore store, Path dbFile, ReaderPool readers, SqliteIndexWriter writer) {
        this.store = store;
        this.dbFile = dbFile;
        this.readers = readers;
        this.writer = writer;
    }

    @Override
    public List<EmbedCandidate> due(Instant now, long afterId, int limit) {
        if (limit < 1) {
            return List.of();
        }
        return read("list the chunks due for embedding in", connection -> {
            List<EmbedCandidate> due = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, content, embed_attempts FROM chunks WHERE embedded = 0 AND id > ?"
                            + " AND (next_embed_at IS NULL OR next_embed_at <= ?) ORDER BY id LIMIT ?")) {
                query.setLong(1, afterId);
                query.setString(2, Timestamps.format(now));
                query.setInt(3, limit);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        due.add(new EmbedCandidate(rows.getLong(1), rows.getString(2), rows.getInt(3)));
                    }
                }
            }
            return List.copyOf(due);
        });
    }

    @Override
    public EmbeddingCounts counts(Instant now) {
        return read("count the embedded chunks of", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT count(*),"
                    + " coalesce(sum(embedded), 0),"
                    + " coalesce(sum(embedded = 0 AND (next_embed_at IS NULL OR next_embed_at <= ?)), 0),"
                    + " coalesce(sum(embedded = 0 AND embed_attempts > 0), 0) FROM chunks")) {
                query.setString(1, Timestamps.format(now));
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return new EmbeddingCounts(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4));
                }
            }
        });
    }

    @Override
    public long[] chunkIds() {
        return ids("list the chunk ids of", "SELECT id FROM chunks ORDER BY id");
    }

    @Override
    public long[] embeddedChunkIds() {
        return ids("list the embedded chunk ids of", "SELECT id FROM chunks WHERE embedded = 1 ORDER BY id");
    }

    @Override
    public Set<Long> markEmbedded(Collection<Long> chunkIds) {
        if (chunkIds.isEmpty()) {
            return Set.of();
        }
        return write("mark chunks embedded in", sql -> {
            Set<Long> marked = new TreeSet<>();
            for (long id : chunkIds) {
                int updated = sql.update(
                        "UPDATE chunks SET embedded = 1, embed_attempts = 0, embed_error = NULL,"
                                + " next_embed_at = NULL WHERE id = ?",
                        id);
                if (updated > 0) {
                    marked.add(id);
                }
            }
            return java.util.Collections.unmodifiableSet(marked);
        });
    }

    @Override
    public void recordFailures(Collection<EmbedFailure> failures) {
        if (failures.isEmpty()) {
            return;
        }
        write("record embedding failures in", sql -> {
            for (EmbedFailure failure : failures) {
                sql.update(
                        "UPDATE chunks SET embed_attempts = embed_attempts + 1, embed_error = ?, next_embed_at = ?"
                                + " WHERE id = ? AND embedded = 0",
                        failure.error(),
                        Timestamps.format(failure.retryAt()),
                        failure.chunkId());
            }
            return null;
        });
    }

    @Override
    public int resetEmbedded(Collection<Long> chunkIds) {
        if (chunkIds.isEmpty()) {
            return 0;
        }
        return write("reset embedded chunks in", sql -> {
            int reset = 0;
            for (long id : chunkIds) {
                reset += sql.update("UPDATE chunks SET embedded = 0 WHERE id = ? AND embedded = 1", id);
            }
            return reset;
        });
    }

    @Override
    public Optional<String> fingerprint() {
        return read("read the embedding fingerprint of", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT value FROM config WHERE key = ?")) {
                query.setString(1, FINGERPRINT_KEY);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public boolean adoptFingerprint(String fingerprint) {
        return write("store the embedding fingerprint of", sql -> {
            List<String> stored =
                    sql.query("SELECT value FROM config WHERE key = ?", row -> row.getString(1), FINGERPRINT_KEY);
            if (!stored.isEmpty() && stored.getFirst().equals(fingerprint)) {
                return false;
            }
            sql.update("INSERT OR REPLACE INTO config (key, value) VALUES (?, ?)", FINGERPRINT_KEY, fingerprint);
            // One UPDATE for every chunk (IX-52): a new model starts every chunk afresh.
            sql.update("UPDATE chunks SET embedded = 0, embed_attempts = 0, embed_error = NULL, next_embed_at = NULL"
                    + " WHERE embedded = 1 OR embed_attempts > 0 OR next_embed_at IS NOT NULL");
            return true;
        });
    }

    private long[] ids(String operation, String sql) {
        return read(operation, connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(sql)) {
                long[] ids = new long[64];
                int size = 0;
                while (rows.next()) {
                    if (size == ids.length) {
                        ids = java.util.Arrays.copyOf(ids, size * 2);
                    }
                    ids[size++] = rows.getLong(1);
                }
                return java.util.Arrays.copyOf(ids, size);
            }
        });
    }

    private <T> T read(String operation, ReaderPool.Read<T> work) {
        return store.whileOpen(() -> readers.read(operation, work));
    }

    private <T> T write(String operation, SqliteIndexWriter.Work<T> work) {
        if (writer == null) {
            // Checked after whileOpen so that a closed store reports CLOSED first.
            return store.whileOpen(() -> {
                throw new IndexStoreException(
                        Kind.READ_ONLY, "cannot " + operation + " index at " + dbFile + ": it is open read-only");
            });
        }
        return writer.embeddingTransaction(operation, work);
    }
}
