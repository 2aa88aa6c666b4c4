package shaktiman.app.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import shaktiman.core.tools.ToolCatalog;
import shaktiman.core.tools.ToolDefaults;
import shaktiman.core.tools.ToolSpec;

/** {@code search <query>}: ranked code search, as the {@code search} tool (MI-39). */
@Command(name = "search", description = "Search the index, as the search tool does.", sortOptions = false)
final class SearchCommand extends QueryCommand {

    @Parameters(index = "0", paramLabel = "<query>", description = "What to look for.")
    private String query;

    @Option(names = "--max", paramLabel = "N", description = "Most results, 1-200 (default: from the config).")
    private String max;

    @Option(names = "--mode", paramLabel = "locate|full", description = "Result shape (default: from the config).")
    private String mode;

    @Option(names = "--min-score", paramLabel = "X", description = "Lowest score kept, 0-1 (default: from the config).")
    private String minScore;

    @Option(names = "--explain", description = "Show how each score was made.")
    private boolean explain;

    @Option(names = "--path", paramLabel = "PREFIX", description = "Only files under this path.")
    private String path;

    @Mixin
    private final ScopeOption scope = new ScopeOption();

    SearchCommand(CliContext context) {
        super(context);
    }

    @Override
    boolean ranks() {
        return true;
    }

    @Override
    String name() {
        return "search";
    }

    @Override
    void validateFlags() {
        Flags.nonBlank("<query>", query);
        Flags.intInRange("--max", max, 1, 200);
        Flags.oneOf("--mode", mode, List.of("locate", "full"));
        Flags.numberInRange("--min-score", minScore, 0.0, 1.0, "0 and 1");
        scope.validated();
    }

    @Override
    ToolSpec spec(ToolDefaults defaults) {
        return ToolCatalog.search(defaults);
    }

    @Override
    Map<String, Object> arguments() {
        return new Arguments()
                .put("query", query)
                .put("mode", mode)
                .put("max_results", max)
                .put("min_score", minScore)
                .put("explain", explain ? Boolean.TRUE : null)
                .put("path", path)
                .put("scope", scope.validated())
                .map();
    }
}
