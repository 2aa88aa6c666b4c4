package shaktiman.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import shaktiman.app.cli.output.StatusReport;
import shaktiman.core.daemon.ProjectLayout;
import shaktiman.core.port.IndexCounts;
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
        IndexCounts counts = store.counts();
        return new StatusReport.Index(
                layout.indexDb().toString(),
                store.schemaVersion(),
                store.fullIndexCompleted(),
                counts.files(),
                counts.testFiles(),
                counts.chunks(),
                counts.symbols(),
                counts.edges(),
                counts.parseErrors(),
                counts.languages());
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
        out.println("Files:        " + index.files() + " (" + index.testFiles() + " test)");
        out.println("Chunks:       " + index.chunks());
        out.println("Symbols:      " + index.symbols());
        out.println("Edges:        " + index.edges());
        out.println("Parse errors: " + index.parseErrors());
        out.println("Languages:" + (index.languages().isEmpty() ? "    none" : ""));
        for (Map.Entry<String, Long> language : index.languages().entrySet()) {
            out.println("  " + language.getKey() + ": " + language.getValue() + " files");
        }
        out.flush();
    }
}
