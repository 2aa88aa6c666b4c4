package shaktiman.app.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import shaktiman.core.tools.SummaryTool;

/** The {@code summary} tool (MCP-38) bound to MCP: no parameters; its text is its structured content as JSON. */
final class SummaryMcpTool implements McpTool {

    private static final String DESCRIPTION = "Orientation and health of the code index: project root, index state"
            + " and scan progress, counts of files, test files, chunks, symbols and edges, files per language, parse"
            + " errors, stale files, embedding coverage, watcher state, the daemon and per-tool call statistics."
            + " Call it first in an unfamiliar repository, or to check that the index is ready. It takes no"
            + " arguments and finds no code: use search, symbols or context for that.";

    private static final ObjectNode INPUT_SCHEMA =
            Schema.object().closed(true).build().node();

    private static final ObjectNode OUTPUT_SCHEMA = renderOutputSchema();

    private final SummarySource source;
    private final ObjectMapper mapper;

    SummaryMcpTool(SummarySource source, ObjectMapper mapper) {
        this.source = Objects.requireNonNull(source, "source");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    @Override
    public String name() {
        return SummaryTool.NAME;
    }

    @Override
    public String title() {
        return "Index summary";
    }

    @Override
    public String description() {
        return DESCRIPTION;
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
    public Result call(ObjectNode arguments, ToolContext context) {
        Optional<String> invalid = ArgumentValidator.firstUnknown(arguments, List.of());
        if (invalid.isPresent()) {
            return new Result.Failure(invalid.get());
        }
        JsonNode structured = structured(context);
        return new Result.Success(structured, compact(structured), 1);
    }

    /** The summary as JSON; also the text of the workspace-summary resource (MCP-22). */
    JsonNode structured(ToolContext context) {
        return mapper.valueToTree(
                SummaryTool.summarize(source.indexStatus(), context.daemonStatus(), context.metrics()));
    }

    String compact(JsonNode structured) {
        try {
            return mapper.writeValueAsString(structured);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the summary", e);
        }
    }

    private static ObjectNode renderOutputSchema() {
        Schema count = Schema.integer();
        Schema toolStats = Schema.object()
                .required("calls", Schema.integer())
                .required("errors", Schema.integer())
                .required("cancelled", Schema.integer())
                .required("p50_ms", Schema.number())
                .required("p95_ms", Schema.number())
                .build();
        return Schema.object()
                .required("project_root", Schema.string())
                .required("index_state", Schema.oneOf("scanning", "ready", "error"))
                .optional("notice", Schema.string())
                .optional(
                        "progress",
                        Schema.object()
                                .required("files_done", Schema.integer())
                                .required("files_total", Schema.integer())
                                .build())
                .required("files", count)
                .required("test_files", count)
                .required("chunks", count)
                .required("symbols", count)
                .required("edges", count)
                .required("languages", Schema.mapOf(Schema.integer()).describedAs("Files per language"))
                .required("parse_errors", count)
                .required("stale_files", count)
                .optional("last_change_at", Schema.string())
                .required(
                        "embedding",
                        Schema.object()
                                .required("enabled", Schema.bool())
                                .required("coverage_pct", Schema.number())
                                .required("circuit_state", Schema.oneOf("closed", "open", "half_open", "disabled"))
                                .build())
                .required("watcher", Schema.oneOf("running", "failed", "disabled"))
                .required(
                        "daemon",
                        Schema.object()
                                .required("role", Schema.oneOf("leader"))
                                .required("pid", Schema.integer())
                                .required("version", Schema.string())
                                .required("uptime_s", Schema.integer())
                                .required("sessions", Schema.integer())
                                .build())
                .required(
                        "metrics",
                        Schema.object()
                                .required("dropped", Schema.integer())
                                .required("daemon", Schema.mapOf(toolStats))
                                .required("connection", Schema.mapOf(toolStats))
                                .build())
                .build()
                .node();
    }
}
