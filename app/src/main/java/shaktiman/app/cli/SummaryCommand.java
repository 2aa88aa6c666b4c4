package shaktiman.app.cli;

import java.time.Instant;
import java.util.Optional;
import picocli.CommandLine.Command;
import shaktiman.app.config.Config;
import shaktiman.app.query.ToolAnswer;
import shaktiman.core.daemon.ProjectLayout;
import shaktiman.core.port.IndexStatistics;
import shaktiman.core.port.IndexStore;

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

    @Override
    int run(ProjectLayout layout, OutputFormat format) {
        Config config = readConfig(layout);
        IndexStatistics statistics;
        Optional<Instant> lastChangeAt;
        try (IndexStore store = ReadOnlyIndex.open(layout, context.adapters())) {
            statistics = store.statistics();
            lastChangeAt = store.reader().lastChangeAt();
        }
        ToolAnswer answer = StoreOnlyAnswers.summary(layout.root(), statistics, lastChangeAt, config);
        print(format, answer.text(), answer.structured());
        return ExitCodes.OK;
    }
}
