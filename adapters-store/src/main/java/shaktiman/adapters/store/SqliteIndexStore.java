package shaktiman.adapters.store;

import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import shaktiman.core.index.resolve.TieredReferenceResolver;
import shaktiman.core.port.EmbeddingQueue;
import shaktiman.core.port.FileStamp;
import shaktiman.core.port.IndexCounts;
import shaktiman.core.port.IndexReader;
import shaktiman.core.port.IndexStatistics;
import shaktiman.core.port.IndexStore;
import shaktiman.core.port.IndexStoreException;
import shaktiman.core.port.IndexStoreException.Kind;
import shaktiman.core.port.IndexWriter;
import shaktiman.core.port.ToolCallSample;

/**
 * Implements {@link IndexStore} with SQLite through sqlite-jdbc: one writer connection and a pool of query-only
 * readers on a WAL database (IX-34, IX-35), with the schema kept by the migration runner (IX-36), the write path of
 * IX-42…IX-49 behind {@link #writer()} and the query side behind {@link #reader()}.
 */
public final class SqliteIndexStore implements IndexStore {
    /** Reader connections when the caller does not size the pool (IX-35 sizes it from the MCP concurrency). */
    public static final int DEFAULT_READER_CONNECTIONS = 4;

    /**
     * How a writing store is opened.
     *
     * @param readerConnections the size of the reader pool, at least 1
     * @param clock the source of every stored time ({@code indexed_at}, change records and their 30-day pruning)
     * @param writeFailPath the {@code writeFailPath} test hook (MCP §6, T-45): the write of this path fails inside its
     *     savepoint; read from the environment by the caller, never by the store
     */
    public record Options(int readerConnections, Clock clock, Optional<String> writeFailPath) {
        public Options {
            if (readerConnections < 1) {
                throw new IllegalArgumentException("readerConnections must be at least 1, was " + readerConnections);
            }
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(writeFailPath, "writeFailPath");
        }

        /** {@link #DEFAULT_READER_CONNECTIONS} readers, the UTC system clock, no test hook. */
        public static Options defaults() {
            return new Options(DEFAULT_READER_CONNECTIONS, Clock.systemUTC(), Optional.empty());
        }

        public Options withReaderConnections(int count) {
            return new Options(count, clock, writeFailPath);
        }

        public Options withClock(Clock newClock) {
            return new Options(readerConnections, newClock, writeFailPath);
        }

        public Options withWriteFailPath(String path) {
            return new Options(readerConnections, clock, Optional.of(path));
        }
    }

    private static final System.Logger LOG = System.getLogger(SqliteIndexStore.class.getName());

    private final Path dbFile;
    private final Connection writer; // null when opened read-only
    private final ReaderPool readers;
    private final int schemaVersion;
    // Calls hold the read side, close takes the write side: close never pulls a connection from under a call.
    private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private boolean closed; // guarded by lifecycle
    private final SqliteIndexWriter indexWriter; // null when opened read-only
    private final SqliteEmbeddingQueue embeddingQueue;
    private volatile CachedCounts cachedCounts;
    private final SqliteIndexReader indexReader;

    private SqliteIndexStore(Path dbFile, Connection writer, ReaderPool readers, int schemaVersion, Options options) {
        this.dbFile = dbFile;
        this.writer = writer;
        this.readers = readers;
        this.schemaVersion = schemaVersion;
        this.indexReader = new SqliteIndexReader(this, readers);
        this.indexWriter = writer == null
                ? null
                : new SqliteIndexWriter(
                        this, writer, dbFile, options.clock(), options.writeFailPath(), new TieredReferenceResolver());
        this.embeddingQueue = new SqliteEmbeddingQueue(this, dbFile, readers, indexWriter);
    }

    /** {@link #openForWriting(Path, int)} with {@link #DEFAULT_READER_CONNECTIONS} readers. */
    public static SqliteIndexStore openForWriting(Path dbFile) {
        return openForWriting(dbFile, DEFAULT_READER_CONNECTIONS);
    }

    /**
     * Opens the store as the single writer (the lock holder, or {@code index}/{@code reindex}): creates the file with
     * mode 0600 in WAL mode if it is missing, rebuilds a foreign database (tables but no {@code schema_migrations})
     * from scratch with a WARN, and runs the pending migrations.
     *
     * @throws IndexStoreException SCHEMA_TOO_NEW for an unknown version or a differing migration checksum, CORRUPT
     *     for a file that is not a readable database, LOCKED when SQLite stays busy beyond its timeout, IO otherwise
     */
    public static SqliteIndexStore openForWriting(Path dbFile, int readerConnections) {
        return openForWriting(dbFile, Options.defaults().withReaderConnections(readerConnections));
    }

    /** {@link #openForWriting(Path, int)} with every {@link Options option} given. */
    public static SqliteIndexStore openForWriting(Path dbFile, Options options) {
        Objects.requireNonNull(dbFile, "dbFile");
        Objects.requireNonNull(options, "options");
        int readerConnections = options.readerConnections();
        DatabaseFile.createIfMissing(dbFile);
        List<Connection> opened = new ArrayList<>();
        try {
            Connection writer = SqliteConnections.openWriter(dbFile);
            opened.add(writer);
            if (isForeign(writer)) {
                LOG.log(
                        Level.WARNING,
                        "index at {0} has tables but no schema_migrations (a foreign database, such as one written"
                                + " by the Go original); it is derived data, so it is deleted and rebuilt",
                        dbFile);
                writer.close();
                opened.clear();
                DatabaseFile.deleteWithSidecars(dbFile);
                DatabaseFile.createIfMissing(dbFile);
                writer = SqliteConnections.openWriter(dbFile);
                opened.add(writer);
            }
            ensureWal(writer, dbFile);
            int version = Migrations.shipped().migrate(writer, dbFile);
            List<Connection> pooled = new ArrayList<>();
            for (int i = 0; i < readerConnections; i++) {
                Connection reader = SqliteConnections.openPooledReader(dbFile);
                opened.add(reader);
                pooled.add(reader);
            }
            return new SqliteIndexStore(dbFile, writer, new ReaderPool(dbFile, pooled), version, options);
        } catch (SQLException e) {
            throw closeAfterFailure(opened, SqliteErrors.translate("open", dbFile, e));
        } catch (RuntimeException e) {
            throw closeAfterFailure(opened, e);
        }
    }

    /**
     * Opens the store for a read command (MI-42): creates nothing, runs no migration, one read-only query-only
     * connection with a 5 s busy timeout.
     *
     * @throws IndexStoreException MISSING when the file does not exist, SCHEMA_TOO_OLD or SCHEMA_TOO_NEW when the
     *     schema is not this build's, CORRUPT when the file is not a Shaktiman index
     */
    public static SqliteIndexStore openReadOnly(Path dbFile) {
        Objects.requireNonNull(dbFile, "dbFile");
        if (!Files.exists(dbFile)) {
            throw new IndexStoreException(Kind.MISSING, "no index at " + dbFile + ": the file does not exist");
        }
        List<Connection> opened = new ArrayList<>();
        try {
            Connection reader = SqliteConnections.openReadOnly(dbFile);
            opened.add(reader);
            SchemaQueries.tableCount(reader); // surfaces "not a database" as CORRUPT before anything else
            int version = Migrations.shipped().check(reader, dbFile);
            return new SqliteIndexStore(
                    dbFile, null, new ReaderPool(dbFile, List.of(reader)), version, Options.defaults());
        } catch (SQLException e) {
            throw closeAfterFailure(opened, SqliteErrors.translate("open", dbFile, e));
        } catch (RuntimeException e) {
            throw closeAfterFailure(opened, e);
        }
    }

    @Override
    public IndexCounts counts() {
        return whileOpen(() -> {
            // The writer is the only one that changes the database while it is open (the lock), so counts taken at one
            // commit number stay true until the next: summary, called often, reads them once per commit instead of
            // counting every table each time. A commit during the read changes the number, so it is read again.
            long commit = indexWriter == null ? -1 : indexWriter.commits();
            CachedCounts cached = cachedCounts;
            if (cached != null && commit >= 0 && cached.commit() == commit) {
                return cached.counts();
            }
            IndexCounts counts = readers.snapshot("count rows of", connection -> {
                try (Statement statement = connection.createStatement()) {
                    return readCounts(statement);
                }
            });
            if (commit >= 0) {
                cachedCounts = new CachedCounts(commit, counts);
            }
            return counts;
        });
    }

    private record CachedCounts(long commit, IndexCounts counts) {}

    @Override
    public IndexStatistics statistics() {
        return whileOpen(() -> readers.snapshot("read the statistics of", connection -> {
            try (Statement statement = connection.createStatement()) {
                IndexCounts counts = readCounts(statement);
                long[] totals = longs(
                        statement,
                        "SELECT (SELECT count(*) FROM files WHERE parse_quality = 'partial'),"
                                + " (SELECT count(*) FROM chunks WHERE embedded = 1),"
                                + " (SELECT count(*) FROM chunks WHERE embedded = 0 AND embed_attempts > 0),"
                                + " (SELECT count(*) FROM files WHERE parse_quality = 'error')",
                        4);
                Map<String, String> config = new HashMap<>();
                try (ResultSet rows = statement.executeQuery("SELECT key, value FROM config WHERE key IN"
                        + " ('full_index_completed_at', 'full_index_fingerprint', 'index_fingerprint')")) {
                    while (rows.next()) {
                        config.put(rows.getString(1), rows.getString(2));
                    }
                }
                return new IndexStatistics(
                        counts,
                        totals[0],
                        totals[3],
                        grouped(
                                statement,
                                "SELECT f.language, count(*) AS n FROM chunks c JOIN files f ON f.id = c.file_id"
                                        + " GROUP BY f.language ORDER BY n DESC, f.language"),
                        grouped(statement, "SELECT kind, count(*) FROM edges GROUP BY kind ORDER BY kind"),
                        grouped(
                                statement,
                                "SELECT reason, count(*) FROM pending_edges GROUP BY reason ORDER BY reason"),
                        grouped(
                                statement,
                                "SELECT reason, count(*) FROM skipped_files GROUP BY reason ORDER BY reason"),
                        totals[1],
                        totals[2],
                        nonEmpty(config.get("index_fingerprint")),
                        nonEmpty(config.get("full_index_completed_at")),
                        nonEmpty(config.get("full_index_fingerprint")));
            }
        }));
    }

    private static IndexCounts readCounts(Statement statement) throws SQLException {
        long[] totals = longs(
                statement,
                "SELECT (SELECT count(*) FROM files),"
                        + " (SELECT count(*) FROM files WHERE is_test = 1), (SELECT count(*) FROM chunks),"
                        + " (SELECT count(*) FROM symbols WHERE kind != 'file'), (SELECT count(*) FROM edges),"
                        + " (SELECT count(*) FROM files WHERE parse_quality = 'error')",
                6);
        Map<String, Long> languages = grouped(
                statement, "SELECT language, count(*) AS n FROM files GROUP BY language ORDER BY n DESC, language");
        return new IndexCounts(totals[0], totals[1], totals[2], totals[3], totals[4], totals[5], languages);
    }

    private static long[] longs(Statement statement, String sql, int columns) throws SQLException {
        long[] values = new long[columns];
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            for (int i = 0; i < columns; i++) {
                values[i] = row.getLong(i + 1);
            }
        }
        return values;
    }

    private static Map<String, Long> grouped(Statement statement, String sql) throws SQLException {
        Map<String, Long> groups = new LinkedHashMap<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                groups.put(rows.getString(1), rows.getLong(2));
            }
        }
        return groups;
    }

    private static Optional<String> nonEmpty(String value) {
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    @Override
    public List<ToolCallSample> toolCallsSince(Instant since) {
        Objects.requireNonNull(since, "since");
        return whileOpen(() -> readers.read("read the tool calls since " + since + " of", connection -> {
            try (Sql sql = new Sql(connection)) {
                return ToolCallRows.since(sql, since);
            }
        }));
    }

    @Override
    public boolean fullIndexCompleted() {
        return whileOpen(() -> readers.read("read the completion record of", connection -> {
            Map<String, String> config = new HashMap<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT key, value FROM config WHERE key IN"
                            + " ('full_index_completed_at', 'full_index_fingerprint', 'index_fingerprint')")) {
                while (rows.next()) {
                    config.put(rows.getString(1), rows.getString(2));
                }
            }
            String completedAt = config.get("full_index_completed_at");
            String current = config.get("index_fingerprint");
            return completedAt != null
                    && !completedAt.isEmpty()
                    && current != null
                    && !current.isEmpty()
                    && current.equals(config.get("full_index_fingerprint"));
        }));
    }

    @Override
    public int schemaVersion() {
        return whileOpen(() -> schemaVersion);
    }

    @Override
    public Map<String, FileStamp> storedFiles() {
        return whileOpen(() -> readers.read("list the files of", connection -> {
            Map<String, FileStamp> stamps = new TreeMap<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows =
                            statement.executeQuery("SELECT path, size, mtime_ms, read_ms, content_hash FROM files")) {
                while (rows.next()) {
                    FileStamp stamp = new FileStamp(
                            rows.getString(1), rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getString(5));
                    stamps.put(stamp.path(), stamp);
                }
            }
            return java.util.Collections.unmodifiableMap(stamps);
        }));
    }

    @Override
    public Set<String> skippedPaths() {
        return whileOpen(() -> readers.read("list the skipped files of", connection -> {
            Set<String> paths = new TreeSet<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT path FROM skipped_files")) {
                while (rows.next()) {
                    paths.add(rows.getString(1));
                }
            }
            return java.util.Collections.unmodifiableSet(paths);
        }));
    }

    @Override
    public Optional<String> fingerprint() {
        return configValue(StoreConfig.INDEX_FINGERPRINT);
    }

    @Override
    public Optional<String> testPatternsFingerprint() {
        return configValue(StoreConfig.TEST_PATTERNS_FINGERPRINT);
    }

    @Override
    public IndexReader reader() {
        return whileOpen(() -> indexReader);
    }

    @Override
    public EmbeddingQueue embeddingQueue() {
        return embeddingQueue;
    }

    @Override
    public IndexWriter writer() {
        return whileOpen(() -> {
            if (indexWriter == null) {
                throw new IndexStoreException(
                        Kind.READ_ONLY, "index at " + dbFile + " is open read-only; it has no writer");
            }
            return indexWriter;
        });
    }

    private Optional<String> configValue(String key) {
        return whileOpen(() -> readers.read("read " + key + " of", connection -> {
            try (java.sql.PreparedStatement query =
                    connection.prepareStatement("SELECT value FROM config WHERE key = ?")) {
                query.setString(1, key);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() && !row.getString(1).isEmpty()
                            ? Optional.of(row.getString(1))
                            : Optional.<String>empty();
                }
            }
        }));
    }

    /**
     * Checkpoints the WAL into the database with TRUNCATE (writer only), then closes every connection. A checkpoint
     * that cannot complete is logged: the committed data stays in the WAL and the next open replays it.
     */
    @Override
    public void close() {
        lifecycle.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            SQLException failure = null;
            for (Connection reader : readers.connections()) {
                failure = closeQuietly(reader, failure);
            }
            if (writer != null) {
                try {
                    indexWriter.close();
                } catch (SQLException e) {
                    failure = failure == null ? e : failure;
                }
                checkpoint();
                failure = closeQuietly(writer, failure);
            }
            if (failure != null) {
                throw SqliteErrors.translate("close", dbFile, failure);
            }
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    Connection writerConnection() {
        return writer;
    }

    List<Connection> readerConnections() {
        return readers.connections();
    }

    /**
     * The writer's {@link SqliteIndexWriter#sequence commit sequence}, or -1 when the store is read-only: another
     * process may then write, so no reader may cache what it read.
     */
    long commitSequence() {
        return indexWriter == null ? -1 : indexWriter.sequence();
    }

    /** Runs {@code call} unless the store is closed; close waits for running calls (the writer's too). */
    <T> T whileOpen(Supplier<T> call) {
        lifecycle.readLock().lock();
        try {
            if (closed) {
                throw new IndexStoreException(Kind.CLOSED, "index store at " + dbFile + " is closed");
            }
            return call.get();
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    private void checkpoint() {
        try (Statement statement = writer.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            if (result.next() && result.getInt(1) != 0) {
                LOG.log(
                        Level.WARNING,
                        "WAL checkpoint of index at {0} was blocked by another reader at shutdown; the data stays"
                                + " in the WAL and is checkpointed by the next writer",
                        dbFile);
            }
        } catch (SQLException e) {
            LOG.log(
                    Level.WARNING,
                    "WAL checkpoint of index at " + dbFile + " failed at shutdown; the committed data stays in the"
                            + " WAL and is checkpointed by the next writer",
                    e);
        }
    }

    private static boolean isForeign(Connection writer) throws SQLException {
        return SchemaQueries.tableCount(writer) > 0 && !SchemaQueries.hasTable(writer, "schema_migrations");
    }

    private static void ensureWal(Connection writer, Path dbFile) throws SQLException {
        try (Statement statement = writer.createStatement();
                ResultSet mode = statement.executeQuery("PRAGMA journal_mode")) {
            mode.next();
            if ("wal".equalsIgnoreCase(mode.getString(1))) {
                return;
            }
        }
        // Set once, when the file is new: the WAL mode persists in the database header.
        try (Statement statement = writer.createStatement();
                ResultSet mode = statement.executeQuery("PRAGMA journal_mode=WAL")) {
            mode.next();
            if (!"wal".equalsIgnoreCase(mode.getString(1))) {
                throw new IndexStoreException(
                        Kind.IO, "cannot switch index at " + dbFile + " to WAL mode: SQLite kept " + mode.getString(1));
            }
        }
    }

    private static SQLException closeQuietly(Connection connection, SQLException earlier) {
        try {
            connection.close();
            return earlier;
        } catch (SQLException e) {
            if (earlier == null) {
                return e;
            }
            earlier.addSuppressed(e);
            return earlier;
        }
    }

    private static RuntimeException closeAfterFailure(List<Connection> opened, RuntimeException failure) {
        for (Connection connection : opened) {
            try {
                connection.close();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
        return failure;
    }
}
