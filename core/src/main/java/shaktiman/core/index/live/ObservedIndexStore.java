package shaktiman.core.index.live;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.LongConsumer;
import shaktiman.core.model.index.IndexBatch;
import shaktiman.core.model.index.IndexJob;
import shaktiman.core.port.BatchResult;
import shaktiman.core.port.EmbeddingQueue;
import shaktiman.core.port.FileStamp;
import shaktiman.core.port.IndexCounts;
import shaktiman.core.port.IndexReader;
import shaktiman.core.port.IndexStatistics;
import shaktiman.core.port.IndexStore;
import shaktiman.core.port.IndexWriter;
import shaktiman.core.port.ToolCallRecord;

/**
 * The store as a full scan sees it: every call goes to the real store, but each batch commit first runs {@code
 * beforeCommit} (the {@code scanBatchDelayMs} test hook) and afterwards reports how many parsed files it carried, so
 * that the live index can count files a running scan found changed and has not yet written (IX-66's stale count).
 * Closing it does not close the real store, which has its own owner.
 */
final class ObservedIndexStore implements IndexStore {
    private final IndexStore store;
    private final IndexWriter writer;

    ObservedIndexStore(IndexStore store, Runnable beforeCommit, LongConsumer upsertsCommitted) {
        this.store = store;
        this.writer = new ObservedWriter(store.writer(), beforeCommit, upsertsCommitted);
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
    public EmbeddingQueue embeddingQueue() {
        return store.embeddingQueue();
    }

    @Override
    public IndexWriter writer() {
        return writer;
    }

    @Override
    public void close() {
        // Not ours to close: the leader closes the real store at MI-52 step 7.
    }

    private record ObservedWriter(IndexWriter writer, Runnable beforeCommit, LongConsumer upsertsCommitted)
            implements IndexWriter {

        @Override
        public BatchResult apply(IndexBatch batch) {
            beforeCommit.run();
            BatchResult result = writer.apply(batch);
            upsertsCommitted.accept(batch.jobs().stream()
                    .filter(IndexJob.Upsert.class::isInstance)
                    .count());
            return result;
        }

        @Override
        public void setFingerprint(String fingerprint) {
            writer.setFingerprint(fingerprint);
        }

        @Override
        public void markFullIndexComplete(String fingerprint) {
            writer.markFullIndexComplete(fingerprint);
        }

        @Override
        public void clearCompletion() {
            writer.clearCompletion();
        }

        @Override
        public long reanalyseFtsIfInconsistent() {
            return writer.reanalyseFtsIfInconsistent();
        }

        @Override
        public int reclassifyTests(String patternsFingerprint, BiPredicate<String, String> isTest) {
            return writer.reclassifyTests(patternsFingerprint, isTest);
        }

        @Override
        public int pruneChangeLog() {
            return writer.pruneChangeLog();
        }

        @Override
        public void appendToolCalls(List<ToolCallRecord> records) {
            writer.appendToolCalls(records);
        }
    }
}
