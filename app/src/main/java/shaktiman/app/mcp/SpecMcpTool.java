package shaktiman.app.mcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import shaktiman.core.tools.ArgumentOutcome;
import shaktiman.core.tools.ToolSpec;

/**
 * A tool described by a core {@link ToolSpec}: its listing comes from the spec and §2's output shape, its call checks
 * the arguments against the spec (MCP-18) and hands the typed values to a {@link ToolHandler}.
 */
final class SpecMcpTool implements McpTool {

    private final ToolSpec spec;
    private final ToolArguments arguments;
    private final ToolHandler handler;
    private final ObjectNode inputSchema;
    private final ObjectNode outputSchema;

    SpecMcpTool(ToolSpec spec, ToolArguments arguments, ToolHandler handler) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.arguments = Objects.requireNonNull(arguments, "arguments");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.inputSchema = InputSchemas.render(spec);
        this.outputSchema = OutputSchemas.of(spec.name());
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public String title() {
        return spec.title();
    }

    @Override
    public String description() {
        return spec.description();
    }

    @Override
    public ObjectNode inputSchema() {
        return inputSchema.deepCopy();
    }

    @Override
    public ObjectNode outputSchema() {
        return outputSchema.deepCopy();
    }

    @Override
    public Result call(ObjectNode given, ToolContext context) throws InterruptedException {
        return switch (arguments.check(spec, given)) {
            case ArgumentOutcome.Invalid invalid -> new Result.Failure(invalid.message());
            case ArgumentOutcome.Valid valid -> handler.call(valid.arguments(), context);
        };
    }
}
