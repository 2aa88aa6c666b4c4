package shaktiman.testkit.fake;

import java.nio.file.Path;
import shaktiman.core.port.VectorStore;
import shaktiman.testkit.contract.VectorStoreContract;

/** Verifies that the in-memory vector store keeps the vector store contract. */
class InMemoryVectorStoreTest extends VectorStoreContract {
    @Override
    protected VectorStore openFresh(Path dir, int dims) {
        return new InMemoryVectorStore(dims);
    }
}
