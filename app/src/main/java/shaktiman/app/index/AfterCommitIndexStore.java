package shaktiman.app.index;

import java.util.Objects;
import java.util.function.Consumer;
import shaktiman.core.index.ForwardingIndexStore;
import shaktiman.core.index.ForwardingIndexWriter;
import shaktiman.core.model.index.IndexBatch;
import shaktiman.core.port.BatchResult;
import shaktiman.core.port.IndexStore;
import shaktiman.core.port.IndexWriter;

/**
 * The store as the leader's live index sees it: every batch its writer commits, watcher batches and scan batches alike,
 * is handed to {@code afterCommit} once committed, and only then (IX-47: the embedding side deletes the removed
 * chunks' vectors and wakes its worker). A batch that throws reports nothing. Every other call goes straight to the
 * wrapped store; closing this does not close it, as it has its own owner.
 */
public final class AfterCommitIndexStore extends ForwardingIndexStore {
    private final IndexWriter writer;

    /** Wraps {@code store}; {@code afterCommit} runs on the committing thread and should not block for long. */
    public AfterCommitIndexStore(IndexStore store, Consumer<BatchResult> afterCommit) {
        super(store);
        IndexWriter target = store.writer();
        Consumer<BatchResult> committed = Objects.requireNonNull(afterCommit, "afterCommit");
        this.writer = new ForwardingIndexWriter() {
            @Override
            protected IndexWriter delegate() {
                return target;
            }

            @Override
            public BatchResult apply(IndexBatch batch) {
                BatchResult result = target.apply(batch);
                committed.accept(result);
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
        // Not ours to close: the leader closes the real store at MI-52 step 7.
    }
}
