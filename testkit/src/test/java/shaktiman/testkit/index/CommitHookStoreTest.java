package shaktiman.testkit.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import shaktiman.core.index.CommitHookStore;
import shaktiman.core.model.index.DeleteCause;
import shaktiman.core.model.index.IndexBatch;
import shaktiman.core.model.index.IndexJob;
import shaktiman.core.port.BatchResult;
import shaktiman.testkit.TestFiles;
import shaktiman.testkit.fake.InMemoryIndexStore;

/** Verifies that the before hook runs first and every committed batch, and only a committed one, reaches the after hook. */
class CommitHookStoreTest {
    private final InMemoryIndexStore store = new InMemoryIndexStore();
    private final List<String> calls = new ArrayList<>();
    private final List<BatchResult> committed = new ArrayList<>();
    private final CommitHookStore hooked = new CommitHookStore(store, () -> calls.add("before"), (batch, result) -> {
        calls.add("after " + batch.jobs().size());
        committed.add(result);
    });

    @AfterEach
    void close() {
        store.close();
    }

    private static IndexBatch upsert(String path) {
        return IndexBatch.of(List.of(new IndexJob.Upsert(TestFiles.file(path)
                .function("helper", "func helper() { return }")
                .build())));
    }

    @Test
    void apply_afterTheCommit_passesTheResultWithTheRemovedChunks() {
        hooked.writer().apply(upsert("src/a.go"));

        BatchResult deleted = hooked.writer()
                .apply(IndexBatch.of(List.of(new IndexJob.Delete("src/a.go", DeleteCause.VANISHED, Long.MAX_VALUE))));

        assertThat(calls).containsExactly("before", "after 1", "before", "after 1");
        assertThat(committed).hasSize(2);
        assertThat(committed.getLast()).isSameAs(deleted);
        assertThat(deleted.deletedChunkIds()).isNotEmpty();
    }

    @Test
    void apply_whenTheBatchFails_reportsNothing() {
        store.close();

        assertThatThrownBy(() -> hooked.writer().apply(upsert("src/a.go"))).isInstanceOf(RuntimeException.class);
        assertThat(calls).containsExactly("before");
        assertThat(committed).isEmpty();
    }

    @Test
    void close_leavesTheWrappedStoreOpen() {
        hooked.close();

        assertThat(hooked.counts()).isEqualTo(store.counts());
    }
}
