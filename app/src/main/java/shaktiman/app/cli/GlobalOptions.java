package shaktiman.app.cli;

import picocli.CommandLine.Option;

/**
 * The options every command takes, before or after the command name (MI-38). The top-level command and each
 * subcommand hold their own instance; {@link #merge} combines them.
 */
final class GlobalOptions {

    @Option(
            names = "--format",
            paramLabel = "json|text",
            description = "Output format (default: text on a terminal, json otherwise).")
    private String format;

    @Option(names = "--root", paramLabel = "DIR", description = "Project root (default: the current directory).")
    private String root;

    @Option(names = "--help", usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    /**
     * The options in effect for a subcommand: a value given after the command name ({@code this}) or before it ({@code
     * top}); a value given in both places must be the same.
     */
    Resolved merge(GlobalOptions top) {
        String mergedFormat = pick("--format", format, top.format);
        String mergedRoot = pick("--root", root, top.root);
        return new Resolved(mergedFormat == null ? null : OutputFormat.parse(mergedFormat), mergedRoot);
    }

    /** Validates the options given to the top-level command alone. */
    void validateAlone() {
        if (format != null) {
            OutputFormat.parse(format);
        }
    }

    private static String pick(String flag, String after, String before) {
        if (after != null && before != null && !after.equals(before)) {
            throw new UsageException(flag + " given twice with different values: " + before + " and " + after);
        }
        return after != null ? after : before;
    }

    /**
     * The merged options.
     *
     * @param format the output format, or null for the default
     * @param root the root as given, or null for the current directory
     */
    record Resolved(OutputFormat format, String root) {

        /** The format to use, given which streams are terminals. */
        OutputFormat formatFor(Terminal terminal) {
            return format == null ? OutputFormat.defaultFor(terminal) : format;
        }
    }
}
