package shaktiman.testkit.fake;

import java.nio.file.Path;
import shaktiman.core.port.IndexStore;
import shaktiman.testkit.contract.IndexReaderContract;

/** Verifies that the in-memory fake's reader passes the shared {@link IndexReaderContract}. */
class InMemoryIndexReaderContractTest extends IndexReaderContract {

    @Override
    protected IndexStore openStore(Path dir) {
        return new InMemoryIndexStore();
    }
}
