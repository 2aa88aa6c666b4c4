package shaktiman.app.cli;

import picocli.CommandLine.Command;
import shaktiman.app.config.Config;
import shaktiman.app.query.ToolAnswer;
import shaktiman.core.daemon.ProjectLayout;
import shaktiman.core.port.IndexStatistics;
import shaktiman.core.port.IndexStore;

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

    @Override
    int run(ProjectLayout layout, OutputFormat format) {
        Config config = readConfig(layout);
        IndexStatistics statistics;
        try (IndexStore store = ReadOnlyIndex.open(layout, context.adapters())) {
            statistics = store.statistics();
        }
        ToolAnswer answer = StoreOnlyAnswers.enrichmentStatus(statistics, config);
        print(format, answer.text(), answer.structured());
        return ExitCodes.OK;
    }
}
