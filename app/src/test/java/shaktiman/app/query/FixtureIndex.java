package shaktiman.app.query;

import java.nio.file.Path;
import java.util.Optional;
import shaktiman.adapters.tokens.JtokkitTokenCounter;
import shaktiman.app.config.Config;
import shaktiman.app.config.TestHooks;
import shaktiman.app.index.IndexPipeline;
import shaktiman.core.index.scan.ScanProgress;
import shaktiman.core.index.scan.ScanResult;
import shaktiman.testkit.McpFixture;
import shaktiman.testkit.fake.InMemoryIndexStore;

/**
 * An index for tests of the query wiring: mcp-tools §6's fixture written to a directory and indexed by the real
 * pipeline (tree-sitter, jtokkit) into the in-memory store, or an empty in-memory store.
 */
public final class FixtureIndex implements AutoCloseable {

    private final Path root;
    private final InMemoryIndexStore store;

    private FixtureIndex(Path root, InMemoryIndexStore store) {
        this.root = root;
        this.store = store;
    }

    /** The §6 fixture under {@code dir}, fully indexed with the default config. */
    public static FixtureIndex indexed(Path dir) {
        McpFixture.write(dir);
        InMemoryIndexStore store = new InMemoryIndexStore();
        try (IndexPipeline pipeline = IndexPipeline.open(dir, Config.defaults(), TestHooks.none())) {
            ScanResult result = pipeline.fullScan(store).run(() -> false, ScanProgress.none());
            if (!result.completed() || !result.failures().isEmpty()) {
                throw new AssertionError("the fixture did not index cleanly: " + result);
            }
        }
        return new FixtureIndex(dir, store);
    }

    /** An empty index: every query finds nothing. */
    public static FixtureIndex empty() {
        return new FixtureIndex(Path.of("/nonexistent-project"), new InMemoryIndexStore());
    }

    public Path root() {
        return root;
    }

    public InMemoryIndexStore store() {
        return store;
    }

    /** The tools as the leader builds them, with the default config. */
    public QueryTools tools() {
        return QueryAssembly.tools(Config.defaults(), store, Optional::empty);
    }

    /** The tools with {@code mcp.max_output_tokens} set to {@code maxOutputTokens}, below the config's own floor. */
    public QueryTools tools(int maxOutputTokens) {
        return new QueryTools(
                QueryAssembly.engine(Config.defaults(), store, Optional::empty),
                new JtokkitTokenCounter(),
                maxOutputTokens);
    }

    @Override
    public void close() {
        store.close();
    }
}
