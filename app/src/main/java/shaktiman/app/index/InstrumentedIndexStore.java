package shaktiman.app.index;

import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shaktiman.app.config.TestHooks;
import shaktiman.core.index.ForwardingIndexStore;
import shaktiman.core.index.ForwardingIndexWriter;
import shaktiman.core.model.index.IndexBatch;
import shaktiman.core.port.BatchResult;
import shaktiman.core.port.IndexStore;
import shaktiman.core.port.IndexWriter;

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
public final class InstrumentedIndexStore extends ForwardingIndexStore {
    private static final Logger LOG = LoggerFactory.getLogger(InstrumentedIndexStore.class);

    private final long batchDelayMs;
    private final AtomicLong transactions = new AtomicLong();
    private final IndexWriter writer;

    /** Wraps {@code store}; {@code hooks.scanBatchDelayMs()} (absent means 0) delays each {@link IndexWriter#apply}. */
    public InstrumentedIndexStore(IndexStore store, TestHooks hooks) {
        super(store);
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
    public IndexWriter writer() {
        delegate().writer(); // the wrapped store decides whether there is a writer (READ_ONLY, CLOSED)
        return writer;
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
    private final class CountingWriter extends ForwardingIndexWriter {
        @Override
        protected IndexWriter delegate() {
            return InstrumentedIndexStore.this.delegate().writer();
        }

        @Override
        public BatchResult apply(IndexBatch batch) {
            delay();
            BatchResult result = delegate().apply(batch);
            transactions.addAndGet(result.transactions());
            return result;
        }

        @Override
        public void setFingerprint(String fingerprint) {
            delegate().setFingerprint(fingerprint);
            transactions.incrementAndGet();
        }

        @Override
        public void markFullIndexComplete(String fingerprint) {
            delegate().markFullIndexComplete(fingerprint);
            transactions.incrementAndGet();
        }

        @Override
        public void clearCompletion() {
            delegate().clearCompletion();
            transactions.incrementAndGet();
        }

        @Override
        public int reclassifyTests(String patternsFingerprint, BiPredicate<String, String> isTest) {
            int changed = delegate().reclassifyTests(patternsFingerprint, isTest);
            transactions.incrementAndGet();
            return changed;
        }

        @Override
        public int pruneChangeLog() {
            int pruned = delegate().pruneChangeLog();
            transactions.incrementAndGet();
            return pruned;
        }
    }
}
