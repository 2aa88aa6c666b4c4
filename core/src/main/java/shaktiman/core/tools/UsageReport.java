package shaktiman.core.tools;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import shaktiman.core.port.ToolCallRecord;
import shaktiman.core.port.ToolCallSample;

/**
 * MCP-54's view of the recorded tool calls since {@code since}: per tool, by name, its {@link ToolUsage}. Tools with no
 * call in the window are absent.
 */
public record UsageReport(Instant since, Map<String, ToolUsage> tools) {

    public UsageReport {
        Objects.requireNonNull(since, "since");
        tools = Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(tools)));
    }

    /** The report of {@code calls}, which the caller read as those started at or after {@code since}. */
    public static UsageReport of(Instant since, List<ToolCallSample> calls) {
        Map<String, List<ToolCallSample>> byTool = new TreeMap<>();
        for (ToolCallSample call : calls) {
            byTool.computeIfAbsent(call.tool(), tool -> new ArrayList<>()).add(call);
        }
        Map<String, ToolUsage> tools = new LinkedHashMap<>();
        byTool.forEach((tool, samples) -> tools.put(tool, usage(samples)));
        return new UsageReport(since, tools);
    }

    private static ToolUsage usage(List<ToolCallSample> samples) {
        double[] durations = new double[samples.size()];
        long errors = 0;
        long cancelled = 0;
        long tokens = 0;
        for (int i = 0; i < durations.length; i++) {
            ToolCallSample sample = samples.get(i);
            durations[i] = sample.durationMs();
            errors += sample.outcome() == ToolCallRecord.Outcome.ERROR ? 1 : 0;
            cancelled += sample.outcome() == ToolCallRecord.Outcome.CANCELLED ? 1 : 0;
            tokens += sample.responseTokens();
        }
        Arrays.sort(durations);
        int calls = durations.length;
        return new ToolUsage(
                calls,
                round((double) errors / calls, 10_000),
                round((double) cancelled / calls, 10_000),
                round(durations[NearestRank.index(calls, 50)], 10),
                round(durations[NearestRank.index(calls, 95)], 10),
                round(durations[NearestRank.index(calls, 99)], 10),
                round((double) tokens / calls, 10));
    }

    private static double round(double value, int scale) {
        return Math.round(value * scale) / (double) scale;
    }

    /** The report as a table, one line per tool, under a header naming the window. */
    public String text() {
        StringBuilder out = new StringBuilder("Tool calls since " + since + ":\n");
        if (tools.isEmpty()) {
            return out.append("none recorded\n").toString();
        }
        out.append(String.format(
                Locale.ROOT,
                "%-18s %7s %7s %9s %9s %9s %9s %8s%n",
                "tool",
                "calls",
                "errors",
                "cancelled",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "tokens"));
        tools.forEach((tool, usage) -> out.append(String.format(
                Locale.ROOT,
                "%-18s %7d %6.1f%% %8.1f%% %9.1f %9.1f %9.1f %8.1f%n",
                tool,
                usage.calls(),
                100 * usage.errorRate(),
                100 * usage.cancelRate(),
                usage.p50Ms(),
                usage.p95Ms(),
                usage.p99Ms(),
                usage.meanResponseTokens())));
        return out.toString();
    }
}
