package shaktiman.app.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import shaktiman.app.cli.output.StatusReport;
import shaktiman.core.daemon.ProjectLayout;
import shaktiman.core.port.IndexCounts;
import shaktiman.core.port.IndexStatistics;
import shaktiman.core.port.IndexStore;

/** {@code status [root]}: the stored index and the daemon state, without touching the lock (MI-39, MI-43). */
@Command(name = "status", description = "Show the index counts and whether a daemon is running.", sortOptions = false)
final class StatusCommand extends ProjectCommand {

    @Parameters(arity = "0..1", paramLabel = "root", description = "Project root (default: --root, else .).")
    private String root;

    StatusCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        OutputFormat format = format();
        ProjectLayout layout = layout(root);
        StatusReport.Index index;
        try (IndexStore store = ReadOnlyIndex.open(layout, context.adapters())) {
            index = index(layout, store);
        }
        DaemonState daemon = new DaemonProbe(context.adapters()).probe(layout);
        StatusReport report = new StatusReport(layout.root().toString(), daemon(daemon), index);
        switch (format) {
            case JSON -> context.json().write(context.streams().out(), report);
            case TEXT -> printText(context.streams().out(), report);
        }
        return ExitCodes.OK;
    }

    private static StatusReport.Index index(ProjectLayout layout, IndexStore store) {
        IndexStatistics statistics = store.statistics();
        IndexCounts counts = statistics.counts();
        Map<String, Long> quality = new LinkedHashMap<>();
        quality.put("partial", statistics.partialFiles());
        quality.put("error", statistics.errorFiles());
        StatusReport.Completion completion = statistics.completedAt().isPresent()
                ? new StatusReport.Completion(
                        statistics.completedAt().get(),
                        statistics.completedFingerprint().orElse(null))
                : null;
        return new StatusReport.Index(
                layout.indexDb().toString(),
                store.schemaVersion(),
                statistics.fullIndexCompleted(),
                statistics.fingerprint().orElse(null),
                completion,
                counts.files(),
                counts.testFiles(),
                counts.chunks(),
                counts.symbols(),
                counts.edges(),
                sum(statistics.pendingEdgesByReason()),
                statistics.partialFiles() + statistics.errorFiles(),
                quality,
                sum(statistics.skippedByReason()),
                statistics.embeddedChunks(),
                statistics.embedFailedChunks(),
                store.reader().lastChangeAt().map(Instant::toString).orElse(null),
                counts.languages(),
                statistics.chunksByLanguage(),
                statistics.edgesByKind(),
                statistics.pendingEdgesByReason(),
                statistics.skippedByReason());
    }

    private static long sum(Map<String, Long> groups) {
        return groups.values().stream().mapToLong(Long::longValue).sum();
    }

    private static StatusReport.Daemon daemon(DaemonState state) {
        return switch (state) {
            case DaemonState.Running running ->
                new StatusReport.Daemon(
                        "running",
                        running.pid().isPresent() ? running.pid().getAsLong() : null,
                        running.socket().toString(),
                        running.since().orElse(null),
                        state.describe());
            case DaemonState.PidAlive alive ->
                new StatusReport.Daemon("pid_alive", alive.pid(), null, null, state.describe());
            case DaemonState.NotRunning notRunning ->
                new StatusReport.Daemon("not_running", null, null, null, notRunning.describe());
        };
    }

    /** The text form; a separate method so that its layout can be tested without an index. */
    static void printText(PrintWriter out, StatusReport report) {
        StatusReport.Index index = report.index();
        out.println("Project:      " + report.root());
        out.println("Daemon:       " + report.daemon().description());
        out.println("Index:        " + index.path() + " (schema " + index.schemaVersion() + ", "
                + (index.fullIndexCompleted() ? "full index completed" : "no full index has completed") + ")");
        out.println("Fingerprint:  " + (index.fingerprint() == null ? "none" : index.fingerprint()));
        StatusReport.Completion completion = index.completion();
        out.println("Completed:    "
                + (completion == null
                        ? "never"
                        : completion.completedAt() + " (fingerprint " + completion.fingerprint() + ")"));
        out.println("Files:        " + index.files() + " (" + index.testFiles() + " test)");
        out.println("Chunks:       " + index.chunks());
        out.println("Symbols:      " + index.symbols());
        out.println("Edges:        " + index.edges() + groups(index.edgesByKind()));
        out.println("Pending:      " + index.pendingEdges() + groups(index.pendingEdgesByReason()));
        out.println("Parse errors: " + index.parseErrors() + groups(index.parseQuality()));
        out.println("Skipped:      " + index.skippedFiles() + groups(index.skippedByReason()));
        out.println("Embedded:     " + index.embeddedChunks() + "/" + index.chunks() + " chunks ("
                + (index.chunks() == 0 ? 0 : index.embeddedChunks() * 100 / index.chunks()) + "%)"
                + (index.embedFailedChunks() > 0 ? ", " + index.embedFailedChunks() + " failed" : ""));
        out.println("Last change:  " + (index.lastChangeAt() == null ? "none" : index.lastChangeAt()));
        out.println("Languages:" + (index.languages().isEmpty() ? "    none" : ""));
        for (Map.Entry<String, Long> language : index.languages().entrySet()) {
            out.println("  " + language.getKey() + ": " + language.getValue() + " files, "
                    + index.languageChunks().getOrDefault(language.getKey(), 0L) + " chunks");
        }
        out.flush();
    }

    /** {@code " (calls 12, imports 3)"}, or nothing for no groups. */
    private static String groups(Map<String, Long> groups) {
        if (groups.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(" (");
        groups.forEach((name, count) -> text.append(text.length() > 2 ? ", " : "")
                .append(name)
                .append(' ')
                .append(count));
        return text.append(')').toString();
    }
}
