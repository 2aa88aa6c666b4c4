package shaktiman.app.daemon.args;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Parses {@code shaktimand}'s arguments into one of the outcomes of MI-46. */
public final class DaemonArgsParser {
    private DaemonArgsParser() {}

    /** What the command line asks for. */
    public sealed interface Outcome {
        /** Serve this root. */
        record Run(DaemonArgs args) implements Outcome {}

        /** Print this text on stdout and exit 0 ({@code --help}, {@code --version}). */
        record Print(String text) implements Outcome {}

        /** A usage error: print the message and usage on stderr and exit 2. */
        record Usage(String message, String usage) implements Outcome {}
    }

    /** Parses {@code args}; {@code versionLine} is what {@code --version} prints. */
    public static Outcome parse(String[] args, String versionLine) {
        CommandLine commandLine = DaemonCommand.commandLine();
        String usage = usage(commandLine);
        CommandLine.ParseResult result;
        try {
            result = commandLine.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return new Outcome.Usage(e.getMessage(), usage);
        }
        if (result.isUsageHelpRequested()) {
            return new Outcome.Print(usage);
        }
        if (result.isVersionHelpRequested()) {
            return new Outcome.Print(versionLine + "\n");
        }
        DaemonCommand command = commandLine.getCommand();
        if (command.root == null) {
            return new Outcome.Usage("missing <project-root>", usage);
        }
        return new Outcome.Run(command.toArgs());
    }

    private static String usage(CommandLine commandLine) {
        StringWriter text = new StringWriter();
        commandLine.usage(new PrintWriter(text), CommandLine.Help.Ansi.OFF);
        return text.toString();
    }
}
