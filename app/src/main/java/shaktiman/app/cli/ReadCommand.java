package shaktiman.app.cli;

import shaktiman.core.daemon.ProjectLayout;

/**
 * A read command (MI-42): it checks its flags, then the index, and never creates S, a config or a database. The query
 * engine arrives in a later issue; until then each one stops after those checks and says it is not implemented.
 */
abstract class ReadCommand extends ProjectCommand {

    ReadCommand(CliContext context) {
        super(context);
    }

    @Override
    public final Integer call() {
        OutputFormat format = format();
        validateFlags();
        ProjectLayout layout = layout(null);
        ReadOnlyIndex.requireExists(layout);
        return run(layout, format);
    }

    /** The command's work once the index is known to exist; until its engine lands it says so. */
    int run(ProjectLayout layout, OutputFormat format) {
        throw new CommandFailure(name() + " is not implemented yet");
    }

    /** The command's name, for messages. */
    abstract String name();

    /** Checks every flag and argument; a bad one is a {@link UsageException}. */
    abstract void validateFlags();
}
