package shaktiman.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import shaktiman.core.port.IndexStoreException;
import shaktiman.core.port.IndexWriter;
import shaktiman.core.port.ToolCallRecord;

/** Verifies that the in-memory store keeps appended tool-call records in order, as the SQLite writer does. */
class InMemoryToolCallsTest {

    private static ToolCallRecord record(String tool) {
        Instant at = Instant.parse("2025-05-01T10:00:00Z");
        return new ToolCallRecord(at, "stdio-1", tool, "{}", at, 0.1, 1, 2, 1, ToolCallRecord.Outcome.OK);
    }

    @Test
    void appendToolCalls_twoBatches_keepsEveryRecordInOrder() {
        InMemoryIndexStore store = new InMemoryIndexStore();

        store.writer().appendToolCalls(List.of(record("summary"), record("search")));
        store.writer().appendToolCalls(List.of(record("diff")));

        assertThat(store.toolCalls()).extracting(ToolCallRecord::tool).containsExactly("summary", "search", "diff");
    }

    @Test
    void appendToolCalls_afterClose_failsSayingTheStoreIsClosed() {
        InMemoryIndexStore store = new InMemoryIndexStore();
        IndexWriter writer = store.writer();
        store.close();

        assertThatThrownBy(() -> writer.appendToolCalls(List.of(record("summary"))))
                .isInstanceOf(IndexStoreException.class)
                .hasMessageContaining("closed");
    }
}
