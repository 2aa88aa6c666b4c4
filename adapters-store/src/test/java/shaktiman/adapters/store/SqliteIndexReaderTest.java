package shaktiman.adapters.store;

import java.nio.file.Path;
import shaktiman.core.port.IndexStore;
import shaktiman.testkit.contract.IndexReaderContract;

/** Verifies that {@link SqliteIndexStore#reader()} keeps the {@link shaktiman.core.port.IndexReader} contract. */
class SqliteIndexReaderTest extends IndexReaderContract {
    @Override
    protected IndexStore openStore(Path dir) {
        return SqliteIndexStore.openForWriting(dir.resolve("index.db"));
    }
}
