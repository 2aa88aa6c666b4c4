package shaktiman.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import shaktiman.app.build.BuildInfo;
import shaktiman.core.port.IndexStoreException;

/**
 * Builds the picocli command tree with plain constructors and runs one command line, mapping every outcome to an exit
 * code: picocli's parse errors and {@link UsageException} to {@link ExitCodes#USAGE} with {@code shaktiman: <message>}
 * and a usage hint, {@link CommandFailure} and {@link ConfigRejected} to {@link ExitCodes#FAILURE}.
 */
public final class Cli {
    private static final String PROGRAM = "shaktiman";

    private Cli() {}

    /** Runs {@code args} and returns the exit code; never calls {@code System.exit}. */
    public static int run(String[] args, CliStreams streams, Map<String, String> env, CliAdapters adapters) {
        CommandLine commandLine = commandLine(streams, env, adapters);
        int exit = commandLine.execute(args);
        streams.out().flush();
        streams.err().flush();
        return exit;
    }

    static CommandLine commandLine(CliStreams streams, Map<String, String> env, CliAdapters adapters) {
        ShaktimanCommand top = new ShaktimanCommand();
        CliContext context = new CliContext(streams, env, adapters, top.options(), new JsonOutput());
        CommandLine commandLine = new CommandLine(top);
        for (Object subcommand : List.of(
                new InitCommand(context),
                new IndexCommand(context),
                new ReindexCommand(context),
                new StatusCommand(context),
                new SearchCommand(context),
                new ContextCommand(context),
                new SymbolsCommand(context),
                new DepsCommand(context),
                new DiffCommand(context),
                new EnrichmentStatusCommand(context),
                new ExplainCommand(context),
                new SummaryCommand(context),
                new StatsCommand(context))) {
            commandLine.addSubcommand(subcommand);
        }
        commandLine.getCommandSpec().version(BuildInfo.load().versionLine(PROGRAM));
        // Set after the subcommands are added: picocli copies these settings into the subcommands present.
        commandLine.setOut(streams.out());
        // Plain help everywhere, so that it reads the same on a terminal, in a pipe and in the README.
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        commandLine.setErr(streams.err());
        commandLine.setParameterExceptionHandler((e, ignoredArgs) -> usageError(e.getCommandLine(), message(e)));
        commandLine.setExecutionExceptionHandler((e, failed, parseResult) -> switch (e) {
            case UsageException usage -> usageError(failed, usage.getMessage());
            case CommandFailure failure -> failure(failed.getErr(), failure);
            case ConfigRejected rejected -> rejected(failed.getErr(), rejected);
            // The store's messages name the operation, the file and the fix (reindex for a corrupt index).
            case IndexStoreException store -> failure(failed.getErr(), new CommandFailure(store.getMessage()));
            default -> unexpected(failed.getErr(), e);
        });
        return commandLine;
    }

    private static String message(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched
                && unmatched.getCommandLine().getParent() == null
                && !unmatched.getUnmatched().isEmpty()
                && !unmatched.getUnmatched().getFirst().startsWith("-")) {
            return "unknown command: " + unmatched.getUnmatched().getFirst();
        }
        return e.getMessage();
    }

    private static int usageError(CommandLine failed, String message) {
        PrintWriter err = failed.getErr();
        err.println(PROGRAM + ": " + message);
        err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static int failure(PrintWriter err, CommandFailure failure) {
        err.println(PROGRAM + ": " + failure.getMessage());
        err.flush();
        return ExitCodes.FAILURE;
    }

    private static int rejected(PrintWriter err, ConfigRejected rejected) {
        rejected.messages().forEach(err::println);
        err.flush();
        return ExitCodes.FAILURE;
    }

    private static int unexpected(PrintWriter err, Exception e) {
        // A bug or an adapter failure nobody translated: say what happened and keep the trace for the report.
        err.println(PROGRAM + ": unexpected error: " + e);
        e.printStackTrace(err);
        err.flush();
        return ExitCodes.FAILURE;
    }
}
