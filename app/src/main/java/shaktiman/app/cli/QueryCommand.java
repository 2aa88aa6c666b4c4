package shaktiman.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import shaktiman.app.config.Config;
import shaktiman.app.embed.ReadOnlyEmbedding;
import shaktiman.app.query.QueryAssembly;
import shaktiman.app.query.ToolAnswer;
import shaktiman.core.daemon.ProjectLayout;
import shaktiman.core.port.IndexStore;
import shaktiman.core.query.SessionHistory;
import shaktiman.core.tools.ArgumentOutcome;
import shaktiman.core.tools.ArgumentParser;
import shaktiman.core.tools.ParsedArguments;
import shaktiman.core.tools.ToolDefaults;
import shaktiman.core.tools.ToolSpec;

/**
 * A command that answers as one of the five query tools (MI-39): its options become the tool's arguments, checked by
 * the same parser as MCP's (MCP-18, a failure is a usage error), and the engine runs over the read-only index with no
 * session history (the CLI has no session, MCP-41).
 */
abstract class QueryCommand extends ReadCommand {

    QueryCommand(CliContext context) {
        super(context);
    }

    /** The tool this command answers as, with the configured defaults. */
    abstract ToolSpec spec(ToolDefaults defaults);

    /** The given options as the tool's arguments, by parameter name; options not given are left out. */
    abstract Map<String, Object> arguments();

    /**
     * Whether the command ranks chunks (search, context) and so reads the saved vectors (MI-42); the others never
     * open the vector file.
     */
    boolean ranks() {
        return false;
    }

    @Override
    final int run(ProjectLayout layout, OutputFormat format) {
        Config config = readConfig(layout);
        ParsedArguments arguments = switch (new ArgumentParser(layout.root())
                .parse(spec(QueryAssembly.toolDefaults(config)), arguments())) {
            case ArgumentOutcome.Valid valid -> valid.arguments();
            case ArgumentOutcome.Invalid invalid -> throw new UsageException(invalid.message());
        };
        ToolAnswer answer;
        try (IndexStore store = ReadOnlyIndex.open(layout, context.adapters());
                ReadOnlyEmbedding embedding =
                        ranks() ? ReadOnlyEmbedding.open(config, layout) : ReadOnlyEmbedding.off()) {
            // No live index here, so no MI-10 notice: the store alone cannot say how far a running scan has got.
            answer = QueryAssembly.tools(config, store, Optional::empty, embedding)
                    .answer(arguments, SessionHistory.none(), () -> false);
        }
        print(format, answer.text(), answer.structured());
        return ExitCodes.OK;
    }

    /** An argument map that leaves out options not given. */
    static final class Arguments {
        private final Map<String, Object> values = new LinkedHashMap<>();

        Arguments put(String name, Object value) {
            if (value != null) {
                values.put(name, value);
            }
            return this;
        }

        Map<String, Object> map() {
            return values;
        }
    }
}
