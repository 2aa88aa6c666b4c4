package shaktiman.core.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shaktiman.core.port.IndexCounts;

/** Verifies that {@link SummaryTool} assembles MCP-38's summary: notice and progress only while scanning, ordering. */
class SummaryToolTest {

    private static final DaemonStatus DAEMON = DaemonStatus.leader(4242, "0.1.0", 93, 2);

    private static IndexStatus status(IndexState state, ScanProgress progress, Map<String, Long> languages) {
        return new IndexStatus(
                "/home/dev/shop",
                new IndexCounts(18, 4, 63, 60, 41, 0, languages),
                state,
                progress,
                0,
                null,
                EmbeddingStatus.disabled(),
                WatcherState.RUNNING);
    }

    @Test
    void summarize_whileScanning_carriesTheNoticeWithGroupedCounts() {
        IndexStatus scanning = status(IndexState.SCANNING, new ScanProgress(812, 5000), Map.of());

        Summary summary = SummaryTool.summarize(scanning, DAEMON, CallMetrics.empty());

        assertThat(summary.notice()).isEqualTo("indexing in progress: 812 of 5,000 files");
        assertThat(summary.progress()).isEqualTo(new ScanProgress(812, 5000));
    }

    @Test
    void summarize_whenReady_hasNeitherNoticeNorProgress() {
        IndexStatus ready = status(IndexState.READY, new ScanProgress(18, 18), Map.of());

        Summary summary = SummaryTool.summarize(ready, DAEMON, CallMetrics.empty());

        assertThat(summary.notice()).isNull();
        assertThat(summary.progress()).isNull();
    }

    @Test
    void summarize_scanningWithoutProgress_reportsZeroOfZero() {
        IndexStatus scanning = status(IndexState.SCANNING, null, Map.of());

        Summary summary = SummaryTool.summarize(scanning, DAEMON, CallMetrics.empty());

        assertThat(summary.notice()).isEqualTo("indexing in progress: 0 of 0 files");
    }

    @Test
    void summarize_languages_orderedByCountDescendingThenName() {
        Map<String, Long> unordered = new LinkedHashMap<>();
        unordered.put("python", 2L);
        unordered.put("go", 4L);
        unordered.put("typescript", 7L);
        unordered.put("java", 4L);

        Summary summary = SummaryTool.summarize(status(IndexState.READY, null, unordered), DAEMON, CallMetrics.empty());

        assertThat(summary.languages())
                .containsExactly(
                        Map.entry("typescript", 7L),
                        Map.entry("go", 4L),
                        Map.entry("java", 4L),
                        Map.entry("python", 2L));
    }

    @Test
    void summarize_lastChange_isIsoUtcToTheSecond() {
        IndexStatus status = new IndexStatus(
                "/p",
                IndexCounts.empty(),
                IndexState.READY,
                null,
                3,
                Instant.parse("2025-05-01T10:15:30.123456Z"),
                new EmbeddingStatus(true, 95.238, CircuitState.CLOSED),
                WatcherState.FAILED);

        Summary summary = SummaryTool.summarize(status, DAEMON, CallMetrics.empty());

        assertThat(summary.lastChangeAt()).isEqualTo("2025-05-01T10:15:30Z");
        assertThat(summary.embedding().coveragePct()).isEqualTo(95.2);
        assertThat(summary.staleFiles()).isEqualTo(3);
    }

    @Test
    void toolStats_withMoreErrorsThanCalls_failsNamingTheCounts() {
        assertThatThrownBy(() -> new ToolStats(1, 2, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("calls 1");
    }
}
