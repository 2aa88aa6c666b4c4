package shaktiman.app.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** {@code --scope}, shared by the query commands (MI-39, MCP-23). */
final class ScopeOption {

    @Option(
            names = "--scope",
            paramLabel = "impl|test|all",
            description = "Which files: impl (default) leaves tests out, test only tests, all both.")
    private String scope;

    /** The scope given, or {@code impl}. */
    String validated() {
        String given = Flags.oneOf("--scope", scope, List.of("impl", "test", "all"));
        return given == null ? "impl" : given;
    }
}
