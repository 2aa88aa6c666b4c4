package shaktiman.app.cli;

import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import shaktiman.core.tools.ToolCatalog;
import shaktiman.core.tools.ToolDefaults;
import shaktiman.core.tools.ToolSpec;

/** {@code context <query>}: the most relevant code within a token budget, as the {@code context} tool (MI-39). */
@Command(name = "context", description = "Assemble context for a task, as the context tool does.", sortOptions = false)
final class ContextCommand extends QueryCommand {

    @Parameters(index = "0", paramLabel = "<query>", description = "The task or question.")
    private String query;

    @Option(
            names = "--budget",
            paramLabel = "TOKENS",
            description = "Token budget, 256-32768 (default: from the config).")
    private String budget;

    @Mixin
    private final ScopeOption scope = new ScopeOption();

    ContextCommand(CliContext context) {
        super(context);
    }

    @Override
    boolean ranks() {
        return true;
    }

    @Override
    String name() {
        return "context";
    }

    @Override
    void validateFlags() {
        Flags.nonBlank("<query>", query);
        Flags.intInRange("--budget", budget, 256, 32768);
        scope.validated();
    }

    @Override
    ToolSpec spec(ToolDefaults defaults) {
        return ToolCatalog.context(defaults);
    }

    @Override
    Map<String, Object> arguments() {
        return new Arguments()
                .put("query", query)
                .put("budget_tokens", budget)
                .put("scope", scope.validated())
                .map();
    }
}
