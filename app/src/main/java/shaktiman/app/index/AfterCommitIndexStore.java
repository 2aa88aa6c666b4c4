package shaktiman.app.index;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import shaktiman.core.model.index.IndexBatch;
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
 * The store as the leader's live index sees it: every batch its writer commits, watcher batches and scan batches alike,
 * is handed to {@code afterCommit} once committed, and only then (IX-47: the embedding side deletes the removed
 * chunks' vectors and wakes its worker). A batch that throws reports nothing. Every other call goes straight to the
 * wrapped store; closing this does not close it, as it has its own owner.
 */
public final class AfterCommitIndexStore implements IndexStore {
    private final IndexStore store;
    private final IndexWriter writer;

    /** Wraps {@code store}; {@code afterCommit} runs on the committing thread and should not block for long. */
    public AfterCommitIndexStore(IndexStore store, Consumer<BatchResult> afterCommit) {
        this.store = Objects.requireNonNull(store, "store");
        this.writer = new Writer(store.writer(), Objects.requireNonNull(afterCommit, "afterCommit"));
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
    public IndexWriter writer() {
        return writer;
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
    public void close() {
        // Not ours to close: the leader closes the real store at MI-52 step 7.
    }

    private record Writer(IndexWriter writer, Consumer<BatchResult> afterCommit) implements IndexWriter {

        @Override
        public BatchResult apply(IndexBatch batch) {
            BatchResult result = writer.apply(batch);
            afterCommit.accept(result);
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
