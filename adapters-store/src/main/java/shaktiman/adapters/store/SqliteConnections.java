package shaktiman.adapters.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConfig.TransactionMode;
import org.sqlite.SQLiteOpenMode;

/**
 * Opens the store's connections and runs the IX-34 pragmas on each one as it opens (never once per pool, since
 * most of these pragmas are per connection).
 */
final class SqliteConnections {
    static final int BUSY_TIMEOUT_MS = 5000;
    static final int WRITER_CACHE_KIB = 16000;
    static final int READER_CACHE_KIB = 32000;
    static final long MMAP_BYTES = 268_435_456L;

    private SqliteConnections() {}

    /**
     * The single writer: read-write but never create (the file is created beforehand with mode 0600), and
     * transactions begin IMMEDIATE so a batch takes the write lock up front (IX-42).
     */
    static Connection openWriter(Path dbFile) throws SQLException {
        SQLiteConfig config = baseConfig();
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setTransactionMode(TransactionMode.IMMEDIATE);
        Connection connection = config.createConnection(url(dbFile));
        return withPragmas(connection, List.of("cache_size=-" + WRITER_CACHE_KIB));
    }

    /** A pooled reader of the writing process: shares the WAL index with the writer, refuses writes. */
    static Connection openPooledReader(Path dbFile) throws SQLException {
        SQLiteConfig config = baseConfig();
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        return withPragmas(config.createConnection(url(dbFile)), readerPragmas());
    }

    /** The one connection of a read command (MI-42): opened with SQLITE_OPEN_READONLY, so it can create nothing. */
    static Connection openReadOnly(Path dbFile) throws SQLException {
        SQLiteConfig config = baseConfig();
        config.setReadOnly(true);
        return withPragmas(config.createConnection(url(dbFile)), readerPragmas());
    }

    private static List<String> readerPragmas() {
        return List.of("cache_size=-" + READER_CACHE_KIB, "query_only=1");
    }

    private static SQLiteConfig baseConfig() {
        SQLiteConfig config = new SQLiteConfig();
        // sqlite-jdbc applies its own busy_timeout (3000 ms) at open; ours follows in withPragmas.
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return config;
    }

    private static String url(Path dbFile) {
        return "jdbc:sqlite:" + dbFile.toAbsolutePath();
    }

    private static Connection withPragmas(Connection connection, List<String> roleSpecific) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // busy_timeout first, so that the pragmas after it wait for a lock instead of failing at once.
            for (String pragma : List.of(
                    "busy_timeout=" + BUSY_TIMEOUT_MS,
                    "foreign_keys=ON",
                    "synchronous=NORMAL",
                    "temp_store=MEMORY",
                    "mmap_size=" + MMAP_BYTES)) {
                statement.execute("PRAGMA " + pragma);
            }
            for (String pragma : roleSpecific) {
                statement.execute("PRAGMA " + pragma);
            }
            return connection;
        } catch (SQLException e) {
            try {
                connection.close();
            } catch (SQLException closeFailure) {
                e.addSuppressed(closeFailure);
            }
            throw e;
        }
    }
}
