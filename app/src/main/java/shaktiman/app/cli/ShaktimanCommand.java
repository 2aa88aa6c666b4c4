package shaktiman.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The top-level {@code shaktiman} command: global options, {@code --version}, and the subcommands (MI-38). */
@Command(
        name = "shaktiman",
        description = "Query and maintain a project's Shaktiman code index.",
        synopsisSubcommandLabel = "<command>",
        sortOptions = false,
        footer = {"", "Exit codes: 0 success, 1 runtime failure, 2 usage error."})
final class ShaktimanCommand implements Callable<Integer> {

    @Mixin
    private final GlobalOptions options = new GlobalOptions();

    @Option(names = "--version", versionHelp = true, description = "Print the version and exit.")
    private boolean version;

    GlobalOptions options() {
        return options;
    }

    @Override
    public Integer call() {
        options.validateAlone();
        throw new UsageException("missing command");
    }
}
