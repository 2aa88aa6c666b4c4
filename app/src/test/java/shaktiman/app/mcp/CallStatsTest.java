package shaktiman.app.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import shaktiman.core.port.ToolCallRecord;
import shaktiman.core.tools.ToolStats;

/** Verifies MCP-49's in-memory stats: outcome counts and nearest-rank percentiles over the last 10,000 samples. */
class CallStatsTest {

    private static long ms(double millis) {
        return (long) (millis * TimeUnit.MILLISECONDS.toNanos(1));
    }

    @Test
    void snapshot_ofOneToHundredMillis_givesNearestRankPercentiles() {
        CallStats stats = new CallStats();
        for (int i = 100; i >= 1; i--) {
            stats.record("search", i % 10 == 0 ? ToolCallRecord.Outcome.ERROR : ToolCallRecord.Outcome.OK, ms(i));
        }
        stats.record("search", ToolCallRecord.Outcome.CANCELLED, ms(0.04));

        ToolStats search = stats.snapshot().get("search");

        assertThat(search).isEqualTo(new ToolStats(101, 10, 1, 50.0, 95.0));
    }

    @Test
    void snapshot_afterMoreThanTheWindow_forgetsTheOldestSamples() {
        CallStats stats = new CallStats();
        for (int i = 0; i < CallStats.WINDOW; i++) {
            stats.record("diff", ToolCallRecord.Outcome.OK, ms(1000));
        }
        for (int i = 0; i < CallStats.WINDOW; i++) {
            stats.record("diff", ToolCallRecord.Outcome.OK, ms(2.25));
        }

        ToolStats diff = stats.snapshot().get("diff");

        assertThat(diff.calls()).isEqualTo(2L * CallStats.WINDOW);
        assertThat(diff.p95Ms()).isEqualTo(2.3);
    }

    @Test
    void snapshot_listsToolsByName() {
        CallStats stats = new CallStats();
        stats.record("symbols", ToolCallRecord.Outcome.OK, 1);
        stats.record("diff", ToolCallRecord.Outcome.OK, 1);

        assertThat(stats.snapshot().keySet()).containsExactly("diff", "symbols");
    }
}
