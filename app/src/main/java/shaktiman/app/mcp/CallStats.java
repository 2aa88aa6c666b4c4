package shaktiman.app.mcp;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import shaktiman.core.port.ToolCallRecord;
import shaktiman.core.tools.NearestRank;
import shaktiman.core.tools.ToolStats;

/**
 * In-memory per-tool call statistics for one scope, the daemon or one connection (MCP-49): outcome counts and
 * nearest-rank p50/p95 over the last {@value #WINDOW} durations per tool (all outcomes). Thread-safe.
 */
final class CallStats {

    static final int WINDOW = 10_000;

    private final Map<String, ToolWindow> tools = new ConcurrentHashMap<>();

    /** Records one finished call. */
    void record(String tool, ToolCallRecord.Outcome outcome, long durationNanos) {
        tools.computeIfAbsent(tool, name -> new ToolWindow()).record(outcome, durationNanos);
    }

    /** Every tool's stats, keyed by tool name in name order. */
    Map<String, ToolStats> snapshot() {
        Map<String, ToolStats> result = new LinkedHashMap<>();
        new TreeMap<>(tools).forEach((name, window) -> result.put(name, window.stats()));
        return result;
    }

    private static final class ToolWindow {
        private final long[] samples = new long[WINDOW];
        private int size;
        private int next;
        private long calls;
        private long errors;
        private long cancelled;

        synchronized void record(ToolCallRecord.Outcome outcome, long durationNanos) {
            calls++;
            switch (outcome) {
                case OK -> {}
                case ERROR -> errors++;
                case CANCELLED -> cancelled++;
            }
            samples[next] = durationNanos;
            next = (next + 1) % WINDOW;
            size = Math.min(size + 1, WINDOW);
        }

        synchronized ToolStats stats() {
            long[] sorted = Arrays.copyOf(samples, size);
            Arrays.sort(sorted);
            return new ToolStats(calls, errors, cancelled, percentile(sorted, 50), percentile(sorted, 95));
        }

        /** MCP-49's nearest-rank percentile; 0 with no samples. */
        private static double percentile(long[] sorted, int p) {
            return sorted.length == 0 ? 0 : millis(sorted[NearestRank.index(sorted.length, p)]);
        }

        private static double millis(long nanos) {
            // Milliseconds to 0.1 (MCP-47's duration_ms resolution).
            return Math.round(nanos / 100_000.0) / 10.0;
        }
    }
}
