package shaktiman.app.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import shaktiman.app.query.UsageJson;
import shaktiman.core.daemon.ProjectLayout;
import shaktiman.core.port.IndexStore;
import shaktiman.core.port.ToolCallSample;
import shaktiman.core.tools.UsageReport;

/**
 * {@code stats}: MCP-54's usage view over the recorded tool calls. The strategy mix and the query-vector cache are
 * counted in the running leader's memory only, so they are in the resource {@code shaktiman://metrics}, not here.
 */
@Command(
        name = "stats",
        description = "Report tool calls per tool: error and cancel rates, p50/p95/p99 latency, mean response tokens.",
        sortOptions = false)
final class StatsCommand extends ReadCommand {

    private static final Duration DEFAULT_WINDOW = Duration.ofHours(24);

    @Option(
            names = "--since",
            paramLabel = "DURATION",
            description = "How far back, 1s-720h, with unit s, m, h or d, e.g. 90m, 7d (default: 24h).")
    private String since;

    StatsCommand(CliContext context) {
        super(context);
    }

    @Override
    String name() {
        return "stats";
    }

    @Override
    void validateFlags() {
        Flags.since("--since", since);
    }

    @Override
    int run(ProjectLayout layout, OutputFormat format) {
        Duration window = since == null ? DEFAULT_WINDOW : Flags.since("--since", since);
        Instant from = Instant.now().minus(window).truncatedTo(ChronoUnit.SECONDS);
        List<ToolCallSample> calls;
        try (IndexStore store = ReadOnlyIndex.open(layout, context.adapters())) {
            calls = store.toolCallsSince(from);
        }
        UsageReport report = UsageReport.of(from, calls);
        print(
                format,
                report.text() + "Strategy mix and query-embedding cache: read the resource shaktiman://metrics of the"
                        + " running leader.\n",
                UsageJson.recorded(report));
        return ExitCodes.OK;
    }
}
