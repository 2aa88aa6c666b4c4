package shaktiman.testkit.fake;

import shaktiman.core.port.Embedder;
import shaktiman.testkit.contract.EmbedderContract;

/** Verifies that the scripted embedder, left unscripted, keeps the embedder contract. */
class ScriptedEmbedderTest extends EmbedderContract {
    @Override
    protected Embedder create() {
        return ScriptedEmbedder.small();
    }
}
