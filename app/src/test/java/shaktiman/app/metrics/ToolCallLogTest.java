package shaktiman.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import shaktiman.adapters.tokens.JtokkitTokenCounter;
import shaktiman.app.mcp.FinishedCall;
import shaktiman.core.port.TokenCounter;
import shaktiman.core.port.ToolCallRecord;
import shaktiman.testkit.Await;
import shaktiman.testkit.fake.InMemoryIndexStore;

/**
 * Verifies MCP-48's metrics writer against the in-memory store: records measured and appended in batches by size or
 * age, a full queue dropping and counting, and the bounded drain at shutdown.
 */
@Timeout(60)
class ToolCallLogTest {
    private static final Instant LEADER_START = Instant.parse("2025-05-01T10:00:00Z");
    private static final Duration NEVER = Duration.ofHours(1);
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final TokenCounter TOKENS = new JtokkitTokenCounter();

    private final InMemoryIndexStore store = new InMemoryIndexStore();
    private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private ToolCallLog log;

    @AfterEach
    void stop() {
        release.countDown();
        if (log != null) {
            log.drain(Duration.ofSeconds(5));
        }
    }

    /** A log with {@code limits} over the fake store's writer that notes each batch's size. */
    private ToolCallLog start(ToolCallLog.Limits limits, ToolCallLog.Sink sink) {
        log = new ToolCallLog(sink, TOKENS, LEADER_START, limits, Duration.ZERO, System::nanoTime);
        log.start();
        return log;
    }

    private ToolCallLog.Sink noting() {
        return records -> {
            batchSizes.add(records.size());
            store.writer().appendToolCalls(records);
        };
    }

    /** A sink that holds its first batch until {@link #release} opens. */
    private ToolCallLog.Sink holding(CountDownLatch entered) {
        return records -> {
            entered.countDown();
            try {
                if (!release.await(WAIT.toSeconds(), TimeUnit.SECONDS)) {
                    throw new AssertionError("the test never released the sink");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while holding a batch", e);
            }
            noting().append(records);
        };
    }

    private static FinishedCall call(String tool, String text) {
        return new FinishedCall(
                "stdio-1",
                tool,
                "{\"query\":\"user\"}",
                Instant.parse("2025-05-01T10:00:05Z"),
                3_456_789,
                2,
                text,
                ToolCallRecord.Outcome.OK);
    }

    @Test
    void record_oneCall_appendsItMeasuredAfterTheBatchInterval() {
        String text = "validateToken — login.ts ✓";
        start(new ToolCallLog.Limits(16, 100, Duration.ofMillis(50)), noting());

        log.record(call("search", text));

        Await.until("one record appended", WAIT, () -> store.toolCalls().size() == 1);
        assertThat(store.toolCalls().getFirst())
                .isEqualTo(new ToolCallRecord(
                        LEADER_START,
                        "stdio-1",
                        "search",
                        "{\"query\":\"user\"}",
                        Instant.parse("2025-05-01T10:00:05Z"),
                        3.5,
                        2,
                        text.getBytes(StandardCharsets.UTF_8).length,
                        TOKENS.count(text),
                        ToolCallRecord.Outcome.OK));
    }

    @Test
    void record_250CallsWithALongInterval_appendsFullBatchesOfOneHundredAndTheRestAtDrain() {
        start(new ToolCallLog.Limits(4_096, 100, NEVER), noting());

        for (int i = 0; i < 250; i++) {
            log.record(call("summary", "{}"));
        }
        Await.until("two full batches appended", WAIT, () -> store.toolCalls().size() == 200);
        boolean drained = log.drain(Duration.ofSeconds(5));

        assertThat(drained).isTrue();
        assertThat(batchSizes).containsExactly(100, 100, 50);
        assertThat(store.toolCalls()).hasSize(250);
    }

    @Test
    void record_whileTheQueueIsFull_dropsAndCountsWithoutBlocking() throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(1);
        start(new ToolCallLog.Limits(4, 1, NEVER), holding(entered));
        log.record(call("summary", "first"));
        assertThat(entered.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

        for (int i = 0; i < 7; i++) {
            log.record(call("summary", "queued or dropped"));
        }

        assertThat(log.dropped()).isEqualTo(3);
        release.countDown();
        assertThat(log.drain(Duration.ofSeconds(5))).isTrue();
        assertThat(store.toolCalls()).hasSize(5);
    }

    @Test
    void drain_whileTheWriterIsHeld_givesUpWithinItsBudgetAndKeepsNothingLater() throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(1);
        start(new ToolCallLog.Limits(16, 1, NEVER), holding(entered));
        log.record(call("summary", "held"));
        assertThat(entered.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        log.record(call("summary", "queued"));

        boolean drained = log.drain(Duration.ofMillis(100));
        log.record(call("summary", "after the drain"));
        release.countDown();

        assertThat(drained).isFalse();
        Await.until(
                "the held batch appended once released",
                WAIT,
                () -> !store.toolCalls().isEmpty());
        assertThat(log.drain(Duration.ofSeconds(5))).isFalse();
        assertThat(store.toolCalls()).hasSize(1);
    }

    @Test
    void record_aFailingSink_isLoggedAndTheNextBatchStillWrites() {
        List<Integer> attempts = new CopyOnWriteArrayList<>();
        start(new ToolCallLog.Limits(16, 1, NEVER), records -> {
            attempts.add(records.size());
            if (attempts.size() == 1) {
                throw new IllegalStateException("disk full");
            }
            store.writer().appendToolCalls(records);
        });

        log.record(call("summary", "lost"));
        Await.until("the first batch attempted", WAIT, () -> attempts.size() == 1);
        log.record(call("summary", "kept"));

        Await.until("the second batch appended", WAIT, () -> store.toolCalls().size() == 1);
        assertThat(store.toolCalls()).hasSize(1);
    }

    @Test
    void cut_argsLongerThanTheLimit_keepsTheFirstTwoThousandCharactersWithoutSplittingAPair() {
        String plain = "a".repeat(2_500);
        String pairAtTheEdge = "a".repeat(1_999) + "😀" + "b";

        assertThat(ToolCallLog.cut(plain)).hasSize(2_000);
        assertThat(ToolCallLog.cut(pairAtTheEdge)).isEqualTo("a".repeat(1_999));
        assertThat(ToolCallLog.cut("{}")).isEqualTo("{}");
    }

    @Test
    void millis_nanoseconds_roundsToATenthOfAMillisecond() {
        assertThat(ToolCallLog.millis(3_456_789)).isEqualTo(3.5);
        assertThat(ToolCallLog.millis(40_000)).isEqualTo(0.0);
        assertThat(ToolCallLog.millis(1_250_000_000L)).isEqualTo(1250.0);
    }
}
