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

/** {@code deps <symbol>}: callers and callees of a symbol, as the {@code dependencies} tool (MI-39). */
@Command(
        name = "deps",
        description = "Show a symbol's callers and callees, as the dependencies tool does.",
        sortOptions = false)
final class DepsCommand extends QueryCommand {

    @Parameters(index = "0", paramLabel = "<symbol>", description = "A bare or dot-qualified symbol name.")
    private String symbol;

    @Option(
            names = "--direction",
            paramLabel = "callers|callees|both",
            description = "Which way to follow edges (default: both).")
    private String direction;

    @Option(names = "--depth", paramLabel = "N", description = "Hops to follow, 1-5 (default: 2).")
    private String depth;

    @Mixin
    private final ScopeOption scope = new ScopeOption();

    DepsCommand(CliContext context) {
        super(context);
    }

    @Override
    String name() {
        return "deps";
    }

    @Override
    void validateFlags() {
        Flags.nonBlank("<symbol>", symbol);
        Flags.oneOf("--direction", direction, List.of("callers", "callees", "both"));
        Flags.intInRange("--depth", depth, 1, 5);
        scope.validated();
    }

    @Override
    ToolSpec spec(ToolDefaults defaults) {
        return ToolCatalog.dependencies();
    }

    @Override
    Map<String, Object> arguments() {
        return new Arguments()
                .put("symbol", symbol)
                .put("direction", direction)
                .put("depth", depth)
                .put("scope", scope.validated())
                .map();
    }
}
