package shaktiman.app.cli;

import picocli.CommandLine.Command;

/** {@code enrichment-status}: stored embedding coverage and backend (MI-39). */
@Command(name = "enrichment-status", description = "Show the stored embedding coverage.", sortOptions = false)
final class EnrichmentStatusCommand extends ReadCommand {

    EnrichmentStatusCommand(CliContext context) {
        super(context);
    }

    @Override
    String name() {
        return "enrichment-status";
    }

    @Override
    void validateFlags() {
        // no flags of its own
    }
}
