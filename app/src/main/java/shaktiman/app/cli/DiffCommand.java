package shaktiman.app.cli;

import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import shaktiman.core.tools.ToolCatalog;
import shaktiman.core.tools.ToolDefaults;
import shaktiman.core.tools.ToolSpec;

/** {@code diff}: recent changes and the symbols they touched, as the {@code diff} tool (MI-39). */
@Command(name = "diff", description = "List recent changes, as the diff tool does.", sortOptions = false)
final class DiffCommand extends QueryCommand {

    @Option(
            names = "--since",
            paramLabel = "DURATION",
            description = "How far back, 1s-720h, with unit s, m, h or d, e.g. 90m, 7d (default: 24h).")
    private String since;

    @Option(names = "--limit", paramLabel = "N", description = "Most changes, 1-500 (default: 50).")
    private String limit;

    @Mixin
    private final ScopeOption scope = new ScopeOption();

    DiffCommand(CliContext context) {
        super(context);
    }

    @Override
    String name() {
        return "diff";
    }

    @Override
    void validateFlags() {
        Flags.since("--since", since);
        Flags.intInRange("--limit", limit, 1, 500);
        scope.validated();
    }

    @Override
    ToolSpec spec(ToolDefaults defaults) {
        return ToolCatalog.diff();
    }

    @Override
    Map<String, Object> arguments() {
        return new Arguments()
                .put("since", since)
                .put("limit", limit)
                .put("scope", scope.validated())
                .map();
    }
}
