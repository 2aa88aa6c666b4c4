package shaktiman.adapters.store;

import java.nio.file.Path;
import shaktiman.core.port.VectorStore;
import shaktiman.testkit.contract.VectorStoreContract;

/** Verifies that the brute-force vector store keeps the vector store contract. */
class BruteForceVectorStoreTest extends VectorStoreContract {
    @Override
    protected VectorStore openFresh(Path dir, int dims) {
        return BruteForceVectorStore.open(
                dir.resolve("embeddings.bin"), dims, "test:model-" + dims + ":" + dims + ":0");
    }
}
