package shaktiman.adapters.store;

import java.nio.file.Path;
import java.util.List;
import shaktiman.core.model.index.DeleteCause;
import shaktiman.core.model.index.IndexBatch;
import shaktiman.core.model.index.IndexJob;
import shaktiman.core.model.index.ParsedFile;
import shaktiman.core.port.BatchResult;

/** A writing {@link SqliteIndexStore} on a temp file, with short forms of the batches tests apply and its dump. */
final class StoreUnderTest implements AutoCloseable {
    final Path dbFile;
    final SqliteIndexStore store;
    final IndexDump dump;

    StoreUnderTest(Path dir, SqliteIndexStore.Options options) {
        this.dbFile = dir.resolve("index.db");
        this.store = SqliteIndexStore.openForWriting(dbFile, options);
        this.dump = new IndexDump(dbFile);
    }

    StoreUnderTest(Path dir) {
        this(dir, SqliteIndexStore.Options.defaults());
    }

    /** Upserts the files in one batch. */
    BatchResult write(ParsedFile... files) {
        return store.writer()
                .apply(IndexBatch.of(List.of(files).stream()
                        .<IndexJob>map(IndexJob.Upsert::new)
                        .toList()));
    }

    BatchResult apply(IndexJob... jobs) {
        return store.writer().apply(IndexBatch.of(List.of(jobs)));
    }

    BatchResult delete(String path) {
        return apply(new IndexJob.Delete(path, DeleteCause.VANISHED, Long.MAX_VALUE));
    }

    /** Writes the files as the last batch of a full scan, so that change records start after them. */
    void baseline(ParsedFile... files) {
        store.writer().setFingerprint("fp-1");
        store.writer()
                .apply(IndexBatch.completingFullIndex(
                        List.of(files).stream()
                                .<IndexJob>map(IndexJob.Upsert::new)
                                .toList(),
                        "fp-1"));
    }

    @Override
    public void close() {
        store.close();
    }
}
