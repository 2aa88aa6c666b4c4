package shaktiman.core.index;

import java.util.List;
import java.util.function.BiPredicate;
import shaktiman.core.model.index.IndexBatch;
import shaktiman.core.port.BatchResult;
import shaktiman.core.port.IndexWriter;
import shaktiman.core.port.ToolCallRecord;

/**
 * An {@link IndexWriter} that passes every call to the writer {@link #delegate()} returns, for decorators that change
 * one or two calls and inherit the rest (see {@link ForwardingIndexStore}).
 */
public abstract class ForwardingIndexWriter implements IndexWriter {

    protected ForwardingIndexWriter() {}

    /** The writer calls go to; asked on every call, so a decorator may pick it late. */
    protected abstract IndexWriter delegate();

    @Override
    public BatchResult apply(IndexBatch batch) {
        return delegate().apply(batch);
    }

    @Override
    public void setFingerprint(String fingerprint) {
        delegate().setFingerprint(fingerprint);
    }

    @Override
    public void markFullIndexComplete(String fingerprint) {
        delegate().markFullIndexComplete(fingerprint);
    }

    @Override
    public void clearCompletion() {
        delegate().clearCompletion();
    }

    @Override
    public long reanalyseFtsIfInconsistent() {
        return delegate().reanalyseFtsIfInconsistent();
    }

    @Override
    public int reclassifyTests(String patternsFingerprint, BiPredicate<String, String> isTest) {
        return delegate().reclassifyTests(patternsFingerprint, isTest);
    }

    @Override
    public int pruneChangeLog() {
        return delegate().pruneChangeLog();
    }

    @Override
    public void appendToolCalls(List<ToolCallRecord> records) {
        delegate().appendToolCalls(records);
    }
}
