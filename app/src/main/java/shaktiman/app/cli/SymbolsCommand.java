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

/** {@code symbols <name>}: definitions and references of a symbol, as the {@code symbols} tool (MI-39). */
@Command(name = "symbols", description = "Find a symbol's definitions, as the symbols tool does.", sortOptions = false)
final class SymbolsCommand extends QueryCommand {

    /** The symbol kinds of mcp-tools.md's {@code SymKind}. */
    static final List<String> KINDS =
            List.of("function", "method", "class", "interface", "type", "variable", "constant", "namespace", "file");

    @Parameters(index = "0", paramLabel = "<name>", description = "A bare or dot-qualified symbol name.")
    private String name;

    @Option(
            names = "--kind",
            paramLabel = "KIND",
            description =
                    "Only this kind: function, method, class, interface, type, variable, constant, namespace, file.")
    private String kind;

    @Mixin
    private final ScopeOption scope = new ScopeOption();

    SymbolsCommand(CliContext context) {
        super(context);
    }

    @Override
    String name() {
        return "symbols";
    }

    @Override
    void validateFlags() {
        Flags.nonBlank("<name>", name);
        Flags.oneOf("--kind", kind, KINDS);
        scope.validated();
    }

    @Override
    ToolSpec spec(ToolDefaults defaults) {
        return ToolCatalog.symbols();
    }

    @Override
    Map<String, Object> arguments() {
        return new Arguments()
                .put("name", name)
                .put("kind", kind)
                .put("scope", scope.validated())
                .map();
    }
}
