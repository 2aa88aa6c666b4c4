package shaktiman.app.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import shaktiman.core.model.index.DeleteCause;
import shaktiman.core.model.index.IndexBatch;
import shaktiman.core.model.index.IndexJob;
import shaktiman.core.port.BatchResult;
import shaktiman.testkit.TestFiles;
import shaktiman.testkit.fake.InMemoryIndexStore;

/** Verifies that every committed batch, and only a committed one, reaches the after-commit hook (IX-47). */
class AfterCommitIndexStoreTest {
    private final InMemoryIndexStore store = new InMemoryIndexStore();
    private final List<BatchResult> committed = new ArrayList<>();
    private final AfterCommitIndexStore hooked = new AfterCommitIndexStore(store, committed::add);

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

        assertThat(committed).hasSize(2);
        assertThat(committed.getLast()).isSameAs(deleted);
        assertThat(deleted.deletedChunkIds()).isNotEmpty();
    }

    @Test
    void apply_whenTheBatchFails_reportsNothing() {
        store.close();

        assertThatThrownBy(() -> hooked.writer().apply(upsert("src/a.go"))).isInstanceOf(RuntimeException.class);
        assertThat(committed).isEmpty();
    }

    @Test
    void close_leavesTheWrappedStoreOpen() {
        hooked.close();

        assertThat(hooked.counts()).isEqualTo(store.counts());
    }
}
