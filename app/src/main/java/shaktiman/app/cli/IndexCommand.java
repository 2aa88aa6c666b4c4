package shaktiman.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import shaktiman.core.daemon.ProjectLayout;
import shaktiman.core.port.LockPort;

/**
 * {@code index [root]}: an incremental index while holding the lock (MI-39, MI-40). The indexer arrives in a later
 * issue; until then the command does every step up to the work and then says it is not implemented.
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
            holder.prepare(lock, indexOptions.configOverrides());
            // MI-45's signal handling comes with the indexer: nothing here is interruptible work yet.
            holder.release(lock);
            throw new CommandFailure("index is not implemented yet");
        }
    }
}
