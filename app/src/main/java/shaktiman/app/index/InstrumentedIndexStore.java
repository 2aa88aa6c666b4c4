package shaktiman.app.index;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shaktiman.app.config.TestHooks;
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
 * An {@link IndexStore} decorator for index runs: it counts the write transactions its writer commits (so that a run
 * can report them, T-43) and applies the {@code scanBatchDelayMs} test hook, a sleep before each batch commits
 * (indexing.md §11). Every other call goes straight to the wrapped store, which it closes.
 *
 * <pre>{@code
 * try (InstrumentedIndexStore store = new InstrumentedIndexStore(SqliteIndexStore.openForWriting(db, options), hooks)) {
 *     new FullScan(indexability, store, processor, workers, fingerprint, clock).run(cancelled, progress);
 *     long transactions = store.transactions();
 * }
 * }</pre>
 */
public final class InstrumentedIndexStore implements IndexStore {
    private static final Logger LOG = LoggerFactory.getLogger(InstrumentedIndexStore.class);

    private final IndexStore store;
    private final long batchDelayMs;
    private final AtomicLong transactions = new AtomicLong();
    private final IndexWriter writer;

    /** Wraps {@code store}; {@code hooks.scanBatchDelayMs()} (absent means 0) delays each {@link IndexWriter#apply}. */
    public InstrumentedIndexStore(IndexStore store, TestHooks hooks) {
        this.store = Objects.requireNonNull(store, "store");
        OptionalLong delay = Objects.requireNonNull(hooks, "hooks").scanBatchDelayMs();
        this.batchDelayMs = delay.orElse(0);
        if (batchDelayMs > 0) {
            LOG.atWarn()
                    .addKeyValue("scan_batch_delay_ms", batchDelayMs)
                    .log("test hook active: scanBatchDelayMs=" + batchDelayMs + " sleeps before each batch commit");
        }
        this.writer = new CountingWriter();
    }

    /** The write transactions committed through {@link #writer()} so far: batches' transactions plus config writes. */
    public long transactions() {
        return transactions.get();
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
        store.writer(); // the wrapped store decides whether there is a writer (READ_ONLY, CLOSED)
        return writer;
    }

    @Override
    public void close() {
        store.close();
    }

    private void delay() {
        if (batchDelayMs <= 0) {
            return;
        }
        try {
            // The hook's purpose is to hold the run at this point; an interrupt ends the wait early.
            Thread.sleep(batchDelayMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Delegates to the wrapped store's writer, counting transactions and sleeping before each batch. */
    private final class CountingWriter implements IndexWriter {
        private IndexWriter target() {
            return store.writer();
        }

        @Override
        public BatchResult apply(IndexBatch batch) {
            delay();
            BatchResult result = target().apply(batch);
            transactions.addAndGet(result.transactions());
            return result;
        }

        @Override
        public void setFingerprint(String fingerprint) {
            target().setFingerprint(fingerprint);
            transactions.incrementAndGet();
        }

        @Override
        public void markFullIndexComplete(String fingerprint) {
            target().markFullIndexComplete(fingerprint);
            transactions.incrementAndGet();
        }

        @Override
        public void clearCompletion() {
            target().clearCompletion();
            transactions.incrementAndGet();
        }

        @Override
        public long reanalyseFtsIfInconsistent() {
            return target().reanalyseFtsIfInconsistent();
        }

        @Override
        public int reclassifyTests(String patternsFingerprint, BiPredicate<String, String> isTest) {
            int changed = target().reclassifyTests(patternsFingerprint, isTest);
            transactions.incrementAndGet();
            return changed;
        }

        @Override
        public int pruneChangeLog() {
            int pruned = target().pruneChangeLog();
            transactions.incrementAndGet();
            return pruned;
        }

        @Override
        public void appendToolCalls(List<ToolCallRecord> records) {
            // Metrics rows are not index transactions: not counted.
            target().appendToolCalls(records);
        }
    }
}
