package shaktiman.app.cli;

import picocli.CommandLine.Command;

/** {@code summary}: the {@code summary} tool's overview, from the store alone (MI-39). */
@Command(name = "summary", description = "Summarise the index, as the summary tool does.", sortOptions = false)
final class SummaryCommand extends ReadCommand {

    SummaryCommand(CliContext context) {
        super(context);
    }

    @Override
    String name() {
        return "summary";
    }

    @Override
    void validateFlags() {
        // no flags of its own
    }
}
