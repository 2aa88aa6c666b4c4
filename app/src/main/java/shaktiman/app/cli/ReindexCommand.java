package shaktiman.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import shaktiman.app.config.Config;
import shaktiman.app.config.TestHooks;
import shaktiman.core.daemon.ProjectLayout;
import shaktiman.core.port.LockPort;

/**
 * {@code reindex [root]}: deletes the project's index and rebuilds it (MI-39, MI-40, MI-41). Asks first on a
 * terminal, and needs {@code --force} elsewhere. The rebuild is {@code index}'s run on an empty index.
 */
@Command(
        name = "reindex",
        description = "Delete the index and rebuild it from scratch (asks first unless --force).",
        sortOptions = false)
final class ReindexCommand extends ProjectCommand {

    @Parameters(arity = "0..1", paramLabel = "root", description = "Project root (default: --root, else .).")
    private String root;

    @Mixin
    private final IndexOptions indexOptions = new IndexOptions();

    @Option(names = "--force", description = "Do not ask; required when not running interactively.")
    private boolean force;

    ReindexCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        format();
        indexOptions.validate();
        Terminal terminal = context.streams().terminal();
        if (!force && !(terminal.stdin() && terminal.stderr())) {
            throw new UsageException("reindex deletes the whole index; pass --force when not running interactively");
        }
        ProjectLayout layout = layout(root);
        StateDirectories.ensure(layout);
        IndexLockHolder holder = new IndexLockHolder(context, layout);
        try (LockPort lock = holder.openLock()) {
            holder.acquireOrRefuse(lock, "reindex", pid -> daemonRefusal(pid, layout));
            if (!force) {
                // MI-41: never hold the lock while a person thinks.
                holder.release(lock);
                if (!confirmed(layout)) {
                    context.streams().err().println("Aborted.");
                    context.streams().err().flush();
                    return ExitCodes.OK;
                }
                holder.acquireOrRefuse(lock, "reindex", pid -> daemonRefusal(pid, layout));
            }
            Config config = holder.prepare(lock, indexOptions.configOverrides());
            IndexPurge.purge(layout);
            context.streams().err().println("Purged all indexed data.");
            context.streams().err().flush();
            // The same run as index (MI-39), with MI-45's interrupt handling.
            IndexRun.Outcome outcome = IndexRun.run(
                    layout,
                    config,
                    TestHooks.fromEnv(context.env()),
                    context.streams().err(),
                    terminal.stderr(),
                    context.adapters().interruptFlag());
            holder.release(lock);
            if (outcome.interrupted()) {
                throw new CommandFailure(
                        "Interrupted; the index is consistent but incomplete. Run shaktiman index to finish.");
            }
            IndexCommand.print(context, format(), outcome.summary());
            return ExitCodes.OK;
        }
    }

    private static String daemonRefusal(String pid, ProjectLayout layout) {
        return "a shaktimand daemon (" + pid + ") is running for " + layout.root()
                + "; it keeps the index current. Stop it before running reindex.";
    }

    private boolean confirmed(ProjectLayout layout) {
        PrintWriter err = context.streams().err();
        err.print("Delete the index for " + layout.root() + " and rebuild it? [y/N] ");
        err.flush();
        String answer;
        try {
            answer = context.streams().in().readLine();
        } catch (IOException e) {
            throw new CommandFailure("cannot read the answer from stdin: " + e.getMessage(), e);
        }
        if (answer == null) {
            err.println(); // EOF left the prompt's line open
            return false;
        }
        String normalised = answer.strip().toLowerCase(Locale.ROOT);
        return normalised.equals("y") || normalised.equals("yes");
    }
}
