package shaktiman.core.index;

import java.util.Objects;
import java.util.function.BiConsumer;
import shaktiman.core.model.index.IndexBatch;
import shaktiman.core.port.BatchResult;
import shaktiman.core.port.IndexStore;
import shaktiman.core.port.IndexWriter;

/**
 * The store with hooks around each batch its writer commits: {@code before} runs first, and {@code after} gets the batch
 * and its result once committed, and only then (never for a batch that throws). Every other call goes straight to the
 * wrapped store; closing this does not close it, as it has its own owner. The live index counts a scan's committed
 * files through it (IX-66), and the leader hands every commit to the embedding side (IX-47) and to the sessions
 * subscribed to the summary (MCP-53).
 */
public final class CommitHookStore extends ForwardingIndexStore {
    private final IndexWriter writer;

    /** Wraps {@code store}; both hooks run on the committing thread and should not block for long. */
    public CommitHookStore(IndexStore store, Runnable before, BiConsumer<IndexBatch, BatchResult> after) {
        super(store);
        IndexWriter target = store.writer();
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        this.writer = new ForwardingIndexWriter() {
            @Override
            protected IndexWriter delegate() {
                return target;
            }

            @Override
            public BatchResult apply(IndexBatch batch) {
                before.run();
                BatchResult result = target.apply(batch);
                after.accept(batch, result);
                return result;
            }
        };
    }

    @Override
    public IndexWriter writer() {
        return writer;
    }

    @Override
    public void close() {
        // Not ours to close: the real store has its own owner.
    }
}
