package shaktiman.core.index;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import shaktiman.core.port.EmbeddingQueue;
import shaktiman.core.port.FileStamp;
import shaktiman.core.port.IndexCounts;
import shaktiman.core.port.IndexReader;
import shaktiman.core.port.IndexStatistics;
import shaktiman.core.port.IndexStore;
import shaktiman.core.port.IndexWriter;
import shaktiman.core.port.ToolCallSample;

/**
 * An {@link IndexStore} that passes every call to another one, for decorators that change one or two calls (usually
 * the writer's {@code apply}): they override what they change and inherit the rest, so a method added to the port is
 * forwarded everywhere at once. {@link #close()} closes the wrapped store; a decorator that does not own it overrides
 * that.
 */
public abstract class ForwardingIndexStore implements IndexStore {
    private final IndexStore store;

    protected ForwardingIndexStore(IndexStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The wrapped store. */
    protected final IndexStore delegate() {
        return store;
    }

    @Override
    public IndexCounts counts() {
        return store.counts();
    }

    @Override
    public IndexStatistics statistics() {
        return store.statistics();
    }

    @Override
    public List<ToolCallSample> toolCallsSince(Instant since) {
        return store.toolCallsSince(since);
    }

    @Override
    public boolean fullIndexCompleted() {
        return store.fullIndexCompleted();
    }

    @Override
    public int schemaVersion() {
        return store.schemaVersion();
    }

    @Override
    public Map<String, FileStamp> storedFiles() {
        return store.storedFiles();
    }

    @Override
    public Set<String> skippedPaths() {
        return store.skippedPaths();
    }

    @Override
    public Optional<String> fingerprint() {
        return store.fingerprint();
    }

    @Override
    public Optional<String> testPatternsFingerprint() {
        return store.testPatternsFingerprint();
    }

    @Override
    public IndexReader reader() {
        return store.reader();
    }

    @Override
    public IndexWriter writer() {
        return store.writer();
    }

    @Override
    public EmbeddingQueue embeddingQueue() {
        return store.embeddingQueue();
    }

    @Override
    public void close() {
        store.close();
    }
}
