package shaktiman.testkit.fake;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import shaktiman.core.port.IndexStore;
import shaktiman.testkit.contract.IndexStoreContract;

/** Verifies that the in-memory fake keeps the {@link IndexStore} contract. */
class InMemoryIndexStoreTest extends IndexStoreContract {

    @Override
    protected IndexStore openFresh(Path dir) {
        return new InMemoryIndexStore();
    }

    @Override
    protected IndexStore openFailingWrites(Path dir, String failingPath) {
        return new InMemoryIndexStore(Optional.of(failingPath));
    }

    @Override
    protected void seed(IndexStore store, List<SeedFile> files) {
        for (SeedFile f : files) {
            ((InMemoryIndexStore) store)
                    .putFile(new InMemoryIndexStore.StoredFile(
                            f.path(), f.language(), f.test(), f.parseError(), f.chunks(), f.symbols(), f.edges()));
        }
    }

    @Override
    protected void seedCompletionRecord(IndexStore store, String indexFingerprint, String completedFingerprint) {
        InMemoryIndexStore fake = (InMemoryIndexStore) store;
        fake.putConfig("index_fingerprint", indexFingerprint);
        fake.putConfig("full_index_fingerprint", completedFingerprint);
        fake.putConfig("full_index_completed_at", Instant.now().toString());
    }
}
