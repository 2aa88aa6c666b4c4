package shaktiman.testkit.fake;

import java.nio.file.Path;
import shaktiman.core.port.IndexStore;
import shaktiman.testkit.contract.EmbeddingQueueContract;

/** Verifies that the in-memory index store's embedding queue keeps the embedding queue contract. */
class InMemoryEmbeddingQueueTest extends EmbeddingQueueContract {
    @Override
    protected IndexStore openFresh(Path dir) {
        return new InMemoryIndexStore();
    }
}
