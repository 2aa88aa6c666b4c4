package shaktiman.adapters.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import shaktiman.core.port.IndexStore;
import shaktiman.testkit.contract.IndexStoreContract;

/** Verifies that {@link SqliteIndexStore} keeps the {@link IndexStore} contract on a real SQLite file. */
class SqliteIndexStoreTest extends IndexStoreContract {
    private Path dbFile;

    @Override
    protected IndexStore openFresh(Path dir) {
        dbFile = dir.resolve("index.db");
        return SqliteIndexStore.openForWriting(dbFile);
    }

    @Override
    protected IndexStore openFailingWrites(Path dir, String failingPath) {
        dbFile = dir.resolve("index.db");
        return SqliteIndexStore.openForWriting(
                dbFile, SqliteIndexStore.Options.defaults().withWriteFailPath(failingPath));
    }

    @Override
    protected void seed(IndexStore store, List<SeedFile> files) {
        SeedRows.seed(dbFile, files);
    }

    @Override
    protected void seedCompletionRecord(IndexStore store, String indexFingerprint, String completedFingerprint) {
        SeedRows.config(
                dbFile,
                Map.of(
                        "index_fingerprint", indexFingerprint,
                        "full_index_fingerprint", completedFingerprint,
                        "full_index_completed_at", Instant.now().toString()));
    }
}
