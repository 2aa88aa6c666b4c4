package shaktiman.testkit.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import shaktiman.core.index.TestFileClassifier;
import shaktiman.core.model.index.IndexBatch;
import shaktiman.core.model.index.IndexJob;
import shaktiman.core.model.index.ParsedFile;
import shaktiman.core.query.QueryEngine;
import shaktiman.core.query.QuerySettings;
import shaktiman.core.query.SemanticSignal;
import shaktiman.core.text.IdentifierAnalyzer;
import shaktiman.testkit.SettableClock;
import shaktiman.testkit.fake.FixedRatioTokenCounter;
import shaktiman.testkit.fake.InMemoryIndexStore;

/** The §6 fixture indexed into the in-memory store, with an engine over its reader and a settable clock. */
final class EngineHarness implements AutoCloseable {
    static final String FINGERPRINT = "fixture-fingerprint";
    static final TestFileClassifier TESTS = new TestFileClassifier(
            List.of("test/", "tests/", "src/test/", "*_test.go", "test_*.py", "*.test.ts", "*Test.java"));

    final SettableClock clock = new SettableClock(Instant.parse("2026-05-01T08:00:00Z"));
    final FixedRatioTokenCounter tokens = new FixedRatioTokenCounter();
    final InMemoryIndexStore store = new InMemoryIndexStore(clock);
    final List<ParsedFile> files = QueryFixture.files(tokens);

    EngineHarness() {
        store.writer().setFingerprint(FINGERPRINT);
        store.writer()
                .apply(IndexBatch.completingFullIndex(
                        files.stream()
                                .map(f -> (IndexJob) new IndexJob.Upsert(f))
                                .toList(),
                        FINGERPRINT));
    }

    QueryEngine engine() {
        return engine(QuerySettings.DEFAULTS, SemanticSignal.DISABLED, Optional::empty);
    }

    QueryEngine engine(QuerySettings settings, SemanticSignal semantic, Supplier<Optional<String>> notice) {
        return new QueryEngine(
                store.reader(), tokens, new IdentifierAnalyzer(), semantic, TESTS, notice, settings, clock);
    }

    /** Re-indexes one fixture file with new content (a watcher batch after the full index: a change record). */
    void apply(ParsedFile file) {
        store.writer().apply(IndexBatch.of(List.of(new IndexJob.Upsert(file))));
    }

    @Override
    public void close() {
        store.close();
    }
}
