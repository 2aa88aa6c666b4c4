package shaktiman.core.index.live;

import java.util.function.LongConsumer;
import shaktiman.core.index.ForwardingIndexStore;
import shaktiman.core.index.ForwardingIndexWriter;
import shaktiman.core.model.index.IndexBatch;
import shaktiman.core.model.index.IndexJob;
import shaktiman.core.port.BatchResult;
import shaktiman.core.port.IndexStore;
import shaktiman.core.port.IndexWriter;

/**
 * The store as a full scan sees it: every call goes to the real store, but each batch commit first runs {@code
 * beforeCommit} (the {@code scanBatchDelayMs} test hook) and afterwards reports how many parsed files it carried, so
 * that the live index can count files a running scan found changed and has not yet written (IX-66's stale count).
 * Closing it does not close the real store, which has its own owner.
 */
final class ObservedIndexStore extends ForwardingIndexStore {
    private final IndexWriter writer;

    ObservedIndexStore(IndexStore store, Runnable beforeCommit, LongConsumer upsertsCommitted) {
        super(store);
        IndexWriter target = store.writer();
        this.writer = new ForwardingIndexWriter() {
            @Override
            protected IndexWriter delegate() {
                return target;
            }

            @Override
            public BatchResult apply(IndexBatch batch) {
                beforeCommit.run();
                BatchResult result = target.apply(batch);
                upsertsCommitted.accept(batch.jobs().stream()
                        .filter(IndexJob.Upsert.class::isInstance)
                        .count());
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
