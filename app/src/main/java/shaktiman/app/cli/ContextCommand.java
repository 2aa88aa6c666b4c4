package shaktiman.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code context <query>}: the most relevant code within a token budget, as the {@code context} tool (MI-39). */
@Command(name = "context", description = "Assemble context for a task, as the context tool does.", sortOptions = false)
final class ContextCommand extends ReadCommand {

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
    String name() {
        return "context";
    }

    @Override
    void validateFlags() {
        Flags.nonBlank("<query>", query);
        Flags.intInRange("--budget", budget, 256, 32768);
        scope.validated();
    }
}
