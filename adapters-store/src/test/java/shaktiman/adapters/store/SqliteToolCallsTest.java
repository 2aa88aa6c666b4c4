package shaktiman.adapters.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import shaktiman.core.port.IndexStoreException;
import shaktiman.core.port.IndexWriter;
import shaktiman.core.port.ToolCallRecord;

/** Verifies that the SQLite writer appends MCP-47's records to {@code tool_calls} as they are, in order. */
@Timeout(60)
class SqliteToolCallsTest {
    private static final Instant LEADER_START = Instant.parse("2025-05-01T10:00:00Z");

    @TempDir
    Path dir;

    private static ToolCallRecord record(String tool, ToolCallRecord.Outcome outcome) {
        return new ToolCallRecord(
                LEADER_START,
                "stdio-1",
                tool,
                "{\"query\":\"user\"}",
                Instant.parse("2025-05-01T10:00:01.250Z"),
                3.4,
                outcome == ToolCallRecord.Outcome.OK ? 7 : 0,
                512,
                120,
                outcome);
    }

    @Test
    void appendToolCalls_twoRecords_storesEveryFieldInOrder() {
        try (StoreUnderTest subject = new StoreUnderTest(dir)) {
            subject.store
                    .writer()
                    .appendToolCalls(List.of(
                            record("search", ToolCallRecord.Outcome.OK),
                            record("symbols", ToolCallRecord.Outcome.CANCELLED)));

            assertThat(
                            subject.dump.lines(
                                    "SELECT daemon_session || ' ' || connection || ' ' || tool || ' ' || args"
                                            + " || ' ' || started_at || ' ' || duration_ms || ' ' || result_count || ' '"
                                            + " || response_bytes || ' ' || response_tokens || ' ' || outcome FROM tool_calls ORDER BY id"))
                    .containsExactly(
                            "2025-05-01T10:00:00.000Z stdio-1 search {\"query\":\"user\"} 2025-05-01T10:00:01.250Z 3.4"
                                    + " 7 512 120 ok",
                            "2025-05-01T10:00:00.000Z stdio-1 symbols {\"query\":\"user\"} 2025-05-01T10:00:01.250Z 3.4"
                                    + " 0 512 120 cancelled");
        }
    }

    @Test
    void appendToolCalls_emptyList_writesNothing() {
        try (StoreUnderTest subject = new StoreUnderTest(dir)) {
            subject.store.writer().appendToolCalls(List.of());

            assertThat(subject.dump.count("SELECT count(*) FROM tool_calls")).isZero();
        }
    }

    @Test
    void appendToolCalls_afterClose_failsSayingTheStoreIsClosed() {
        StoreUnderTest subject = new StoreUnderTest(dir);
        IndexWriter writer = subject.store.writer();
        subject.close();

        assertThatThrownBy(() -> writer.appendToolCalls(List.of(record("summary", ToolCallRecord.Outcome.OK))))
                .isInstanceOf(IndexStoreException.class)
                .hasMessageContaining("closed");
    }
}
