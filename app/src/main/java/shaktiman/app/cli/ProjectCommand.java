package shaktiman.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import shaktiman.core.daemon.ProjectLayout;

/** A subcommand: the global options after the command name, and the way to the project's layout. */
abstract class ProjectCommand implements Callable<Integer> {

    @Mixin
    private final GlobalOptions options = new GlobalOptions();

    /** The context the command was built with. */
    protected final CliContext context;

    ProjectCommand(CliContext context) {
        this.context = context;
    }

    /** The global options in effect, validated. */
    protected final GlobalOptions.Resolved globals() {
        return options.merge(context.topOptions());
    }

    /** The format of this command's result. */
    protected final OutputFormat format() {
        return globals().formatFor(context.streams().terminal());
    }

    /** The project layout for {@code --root} and an optional positional root (null when not given). */
    protected final ProjectLayout layout(String positionalRoot) {
        return ProjectRoots.resolve(positionalRoot, globals().root(), context.env());
    }
}
