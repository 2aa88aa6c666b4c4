package shaktiman.adapters.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Verifies the store's connections: the IX-34 pragmas on each one (T-38) and readers never blocked (T-41). */
@Timeout(60)
class SqliteConnectionsTest {
    private static final Map<String, String> COMMON = Map.of(
            "foreign_keys", "1",
            "busy_timeout", "5000",
            "synchronous", "1", // NORMAL
            "temp_store", "2", // MEMORY
            "mmap_size", "268435456",
            "journal_mode", "wal");

    @TempDir
    Path dir;

    @Test
    void writer_readsBackEveryPragmaOfIx34() throws SQLException {
        try (SqliteIndexStore store = SqliteIndexStore.openForWriting(dir.resolve("index.db"))) {
            Map<String, String> pragmas = pragmas(store.writerConnection());

            assertThat(pragmas)
                    .containsAllEntriesOf(COMMON)
                    .containsEntry("cache_size", "-16000")
                    .containsEntry("query_only", "0");
        }
    }

    @Test
    void everyPooledReader_readsBackEveryPragmaOfIx34() throws SQLException {
        try (SqliteIndexStore store = SqliteIndexStore.openForWriting(dir.resolve("index.db"), 3)) {
            List<Connection> readers = store.readerConnections();

            assertThat(readers).hasSize(3);
            for (Connection reader : readers) {
                assertThat(pragmas(reader))
                        .containsAllEntriesOf(COMMON)
                        .containsEntry("cache_size", "-32000")
                        .containsEntry("query_only", "1");
            }
        }
    }

    @Test
    void readOnlyConnection_readsBackEveryPragmaOfIx34() throws SQLException {
        SqliteIndexStore.openForWriting(dir.resolve("index.db")).close();

        try (SqliteIndexStore store = SqliteIndexStore.openReadOnly(dir.resolve("index.db"))) {
            Connection reader = store.readerConnections().getFirst();

            assertThat(pragmas(reader))
                    .containsAllEntriesOf(COMMON)
                    .containsEntry("cache_size", "-32000")
                    .containsEntry("query_only", "1");
        }
    }

    @Test
    void openTransactionOnWriter_doesNotBlockReadsOnAnyPooledReader() throws Exception {
        try (SqliteIndexStore store = SqliteIndexStore.openForWriting(dir.resolve("index.db"), 4);
                ExecutorService pool = Executors.newFixedThreadPool(4)) {
            Connection writer = store.writerConnection();
            // EXCLUSIVE is the strongest lock a writer can hold: without WAL it would shut out every reader.
            execute(writer, "BEGIN EXCLUSIVE");
            SeedRows.insertFile(writer, "uncommitted.go", "go", false, "full");
            List<Future<Long>> reads = new ArrayList<>();

            for (Connection reader : store.readerConnections()) {
                reads.add(pool.submit(() -> SeedRows.queryLong(reader, "SELECT count(*) FROM files")));
            }
            List<Long> seen = new ArrayList<>();
            for (Future<Long> read : reads) {
                // Finishing at all, while the writer still holds its transaction, is the point: the 5 s busy
                // timeout would turn a blocked read into SQLITE_BUSY, and the deadline bounds the wait.
                seen.add(read.get(30, TimeUnit.SECONDS));
            }
            execute(writer, "COMMIT");

            assertThat(seen).containsOnly(0L);
            assertThat(store.counts().files()).isEqualTo(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Map<String, String> pragmas(Connection connection) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pragma : List.of(
                "foreign_keys",
                "busy_timeout",
                "synchronous",
                "temp_store",
                "mmap_size",
                "journal_mode",
                "cache_size",
                "query_only")) {
            values.put(pragma, SeedRows.queryString(connection, "PRAGMA " + pragma));
        }
        return values;
    }
}
