package shaktiman.app.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import shaktiman.app.query.StructuredJson;
import shaktiman.core.tools.ArgumentOutcome;
import shaktiman.core.tools.SummaryTool;
import shaktiman.core.tools.ToolCatalog;
import shaktiman.core.tools.ToolSpec;

/** The {@code summary} tool (MCP-38) bound to MCP: no parameters; its text is its structured content as JSON. */
final class SummaryMcpTool implements McpTool {

    private static final ToolSpec SPEC = ToolCatalog.summary();
    private static final ObjectNode INPUT_SCHEMA = InputSchemas.render(SPEC);
    private static final ObjectNode OUTPUT_SCHEMA = OutputSchemas.of(SPEC.name());

    private final SummarySource source;
    private final ToolArguments arguments;

    SummaryMcpTool(SummarySource source, ToolArguments arguments) {
        this.source = Objects.requireNonNull(source, "source");
        this.arguments = Objects.requireNonNull(arguments, "arguments");
    }

    @Override
    public String name() {
        return SPEC.name();
    }

    @Override
    public String title() {
        return SPEC.title();
    }

    @Override
    public String description() {
        return SPEC.description();
    }

    @Override
    public ObjectNode inputSchema() {
        return INPUT_SCHEMA.deepCopy();
    }

    @Override
    public ObjectNode outputSchema() {
        return OUTPUT_SCHEMA.deepCopy();
    }

    @Override
    public Result call(ObjectNode given, ToolContext context) {
        if (arguments.check(SPEC, given) instanceof ArgumentOutcome.Invalid invalid) {
            return new Result.Failure(invalid.message());
        }
        JsonNode structured = structured(context);
        return new Result.Success(structured, compact(structured), 1);
    }

    /** The summary as JSON; also the text of the workspace-summary resource (MCP-22). */
    JsonNode structured(ToolContext context) {
        return StructuredJson.of(
                SummaryTool.summarize(source.indexStatus(), context.daemonStatus(), context.metrics()));
    }

    String compact(JsonNode structured) {
        return StructuredJson.compact(structured);
    }
}
