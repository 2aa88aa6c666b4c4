package shaktiman.core.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import shaktiman.core.port.ToolCallRecord.Outcome;
import shaktiman.core.port.ToolCallSample;

/** Verifies MCP-54's per-tool usage figures: rates, nearest-rank percentiles, mean tokens and the text table. */
class UsageReportTest {

    private static final Instant SINCE = Instant.parse("2026-11-24T00:00:00Z");

    private static ToolCallSample call(String tool, double ms, Outcome outcome, int tokens) {
        return new ToolCallSample(tool, SINCE.plusSeconds(1), ms, outcome, tokens);
    }

    @Test
    void of_hundredCalls_givesNearestRankPercentilesAndRates() {
        List<ToolCallSample> calls = new ArrayList<>();
        for (int i = 100; i >= 1; i--) {
            Outcome outcome = i <= 5 ? Outcome.ERROR : i <= 7 ? Outcome.CANCELLED : Outcome.OK;
            calls.add(call("search", i, outcome, i % 2 == 0 ? 10 : 20));
        }

        ToolUsage usage = UsageReport.of(SINCE, calls).tools().get("search");

        assertThat(usage).isEqualTo(new ToolUsage(100, 0.05, 0.02, 50, 95, 99, 15));
    }

    @Test
    void of_oneCall_hasThatCallAsEveryPercentile() {
        ToolUsage usage = UsageReport.of(SINCE, List.of(call("symbols", 0.4, Outcome.OK, 7)))
                .tools()
                .get("symbols");

        assertThat(usage).isEqualTo(new ToolUsage(1, 0, 0, 0.4, 0.4, 0.4, 7));
    }

    @Test
    void of_threeCalls_roundsRatesToFourDecimalsAndTimesToATenth() {
        List<ToolCallSample> calls = List.of(
                call("context", 1.04, Outcome.ERROR, 1),
                call("context", 2.06, Outcome.OK, 1),
                call("context", 3.01, Outcome.OK, 2));

        ToolUsage usage = UsageReport.of(SINCE, calls).tools().get("context");

        assertThat(usage.errorRate()).isEqualTo(0.3333);
        assertThat(usage.p50Ms()).isEqualTo(2.1);
        assertThat(usage.meanResponseTokens()).isEqualTo(1.3);
    }

    @Test
    void tools_areOrderedByName() {
        UsageReport report = UsageReport.of(
                SINCE,
                List.of(
                        call("symbols", 1, Outcome.OK, 1),
                        call("context", 1, Outcome.OK, 1),
                        call("diff", 1, Outcome.OK, 1)));

        assertThat(report.tools().keySet()).containsExactly("context", "diff", "symbols");
    }

    @Test
    void text_withCalls_isATableUnderTheWindow() {
        String text = UsageReport.of(
                        SINCE, List.of(call("search", 12.5, Outcome.ERROR, 40), call("search", 2.5, Outcome.OK, 20)))
                .text();

        assertThat(text)
                .isEqualTo("Tool calls since 2026-11-24T00:00:00Z:\n"
                        + "tool                 calls  errors cancelled    p50 ms    p95 ms    p99 ms   tokens\n"
                        + "search                   2   50.0%      0.0%       2.5      12.5      12.5     30.0\n");
    }

    @Test
    void text_withoutCalls_saysNoneRecorded() {
        assertThat(UsageReport.of(SINCE, List.of()).text())
                .isEqualTo("Tool calls since 2026-11-24T00:00:00Z:\nnone recorded\n");
    }

    @Test
    void nearestRank_outsideItsDomain_isRejected() {
        assertThatThrownBy(() -> NearestRank.index(0, 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NearestRank.index(3, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(NearestRank.index(3, 100)).isEqualTo(2);
        assertThat(NearestRank.index(20, 95)).isEqualTo(18);
    }
}
