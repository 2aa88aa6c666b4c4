package shaktiman.app.daemon.args;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The picocli model of {@code shaktimand}'s arguments (MI-46); {@link DaemonArgsParser} turns it into a result. */
@Command(
        name = "shaktimand",
        usageHelpAutoWidth = false,
        description = {
            "Shaktiman's MCP server over stdio for one project.",
            "The first instance for a project leads (owns the index); later ones relay to it and take over when it exits."
        })
final class DaemonCommand {

    @Option(
            names = "--log-level",
            paramLabel = "LEVEL",
            description = "debug, info, warn or error (default: SHAKTIMAN_LOG_LEVEL, else info)")
    String logLevel;

    @Option(names = "--version", versionHelp = true, description = "Print the version and exit.")
    boolean version;

    @Option(names = "--help", usageHelp = true, description = "Print this help and exit.")
    boolean help;

    @Parameters(paramLabel = "<project-root>", arity = "0..1", description = "The project's root directory.")
    String root;

    DaemonArgs toArgs() {
        return new DaemonArgs(Path.of(root), Optional.ofNullable(logLevel));
    }

    static CommandLine commandLine() {
        return new CommandLine(new DaemonCommand()).setUnmatchedOptionsArePositionalParams(false);
    }
}
