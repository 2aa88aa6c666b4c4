package shaktiman.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import shaktiman.app.cli.output.IndexSummary;
import shaktiman.app.config.Config;
import shaktiman.app.config.TestHooks;
import shaktiman.core.daemon.ProjectLayout;
import shaktiman.core.port.LockPort;

/**
 * {@code index [root]}: an incremental index while holding the lock (MI-39, MI-40), with progress on stderr (MI-44) and
 * MI-45's interrupt handling.
 */
@Command(
        name = "index",
        description = "Index the project incrementally (refuses while a daemon or another run holds the lock).",
        sortOptions = false)
final class IndexCommand extends ProjectCommand {

    @Parameters(arity = "0..1", paramLabel = "root", description = "Project root (default: --root, else .).")
    private String root;

    @Mixin
    private final IndexOptions indexOptions = new IndexOptions();

    IndexCommand(CliContext context) {
        super(context);
    }

    /** Prints MI-39's index summary, shared by {@code index} and {@code reindex}. */
    static void print(CliContext context, OutputFormat format, IndexSummary summary) {
        PrintWriter out = context.streams().out();
        switch (format) {
            case JSON -> context.json().write(out, summary);
            case TEXT -> {
                out.println(String.format(
                        java.util.Locale.ROOT,
                        "Indexed: %d files | %d chunks | %d symbols in %.1f s",
                        summary.files(),
                        summary.chunks(),
                        summary.symbols(),
                        summary.durationMs() / 1000.0));
                summary.languages().entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue()
                                .reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .forEach(language ->
                                out.println("  " + language.getKey() + ": " + language.getValue() + " files"));
                out.flush();
            }
        }
    }

    @Override
    public Integer call() {
        format();
        indexOptions.validate();
        ProjectLayout layout = layout(root);
        StateDirectories.ensure(layout);
        IndexLockHolder holder = new IndexLockHolder(context, layout);
        try (LockPort lock = holder.openLock()) {
            holder.acquireOrRefuse(
                    lock,
                    "index",
                    pid -> "a shaktimand daemon (" + pid + ") is running for " + layout.root()
                            + "; it keeps the index current, so there is nothing to do");
            Config config = holder.prepare(lock, indexOptions.configOverrides());
            // MI-45: the first SIGINT/SIGTERM stops new work; committed batches stay; a second one exits at once.
            IndexRun.Outcome outcome = IndexRun.run(
                    layout,
                    config,
                    TestHooks.fromEnv(context.env()),
                    context.streams().err(),
                    context.streams().terminal().stderr(),
                    context.adapters().interruptFlag());
            holder.release(lock);
            if (outcome.interrupted()) {
                throw new CommandFailure(
                        "Interrupted; the index is consistent but incomplete. Run shaktiman index to finish.");
            }
            print(context, format(), outcome.summary());
            return ExitCodes.OK;
        }
    }
}
