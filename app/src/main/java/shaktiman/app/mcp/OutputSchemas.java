package shaktiman.app.mcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;
import shaktiman.core.model.SymKind;
import shaktiman.core.tools.ToolCatalog;

/**
 * Each tool's {@code outputSchema}, rendered from its output shape in mcp-tools §2 (MCP-15): shared types ({@code Loc},
 * {@code Sym}, {@code SymKind}, {@code EdgeKind}, {@code Explain}, {@code Circuit}) inlined, optional fields left out of
 * {@code required}, additional properties left open.
 */
final class OutputSchemas {

    private static final List<String> SYM_KINDS =
            Stream.of(SymKind.values()).map(SymKind::wireName).toList();
    private static final List<String> HIT_KINDS =
            Stream.concat(SYM_KINDS.stream(), Stream.of("header", "block")).toList();
    private static final List<String> CIRCUIT = List.of("closed", "open", "half_open", "disabled");

    private OutputSchemas() {}

    /** The output schema of the tool named {@code tool}. */
    static ObjectNode of(String tool) {
        Schema schema = switch (tool) {
            case ToolCatalog.SEARCH -> search();
            case ToolCatalog.CONTEXT -> context();
            case ToolCatalog.SYMBOLS -> symbols();
            case ToolCatalog.DEPENDENCIES -> dependencies();
            case ToolCatalog.DIFF -> diff();
            case ToolCatalog.SUMMARY -> summary();
            case ToolCatalog.ENRICHMENT_STATUS -> enrichmentStatus();
            default -> throw new IllegalArgumentException("no output shape for tool " + tool);
        };
        return schema.node();
    }

    private static Schema search() {
        Schema.ObjectSchema hit = loc(Schema.object())
                .optional("symbol", Schema.string())
                .optional("qualified_name", Schema.string())
                .required("kind", Schema.oneOf(HIT_KINDS))
                .required("score", Schema.number())
                .required("tokens", Schema.integer())
                .required("is_test", Schema.bool())
                .required("matched_terms", Schema.arrayOf(Schema.string()))
                .optional("content", Schema.string())
                .optional("explain", explain());
        return queryHeader()
                .required("total_matches", Schema.integer())
                .required("truncated", Schema.bool())
                .required("results", Schema.arrayOf(hit.build()))
                .build();
    }

    private static Schema context() {
        Schema.ObjectSchema chunk = loc(Schema.object())
                .optional("symbol", Schema.string())
                .optional("qualified_name", Schema.string())
                .required("kind", Schema.oneOf(HIT_KINDS))
                .required("score", Schema.number())
                .required("tokens", Schema.integer())
                .required("truncated", Schema.bool())
                .optional("via", Schema.string())
                .required("content", Schema.string());
        return queryHeader()
                .required("budget_tokens", Schema.integer())
                .required("used_tokens", Schema.integer())
                .required("chunks", Schema.arrayOf(chunk.build()))
                .build();
    }

    private static Schema symbols() {
        Schema.ObjectSchema reference = loc(Schema.object())
                .required("symbol", Schema.string())
                .required("kind", Schema.string())
                .required("edge_kind", edgeKind())
                .required("target", Schema.string());
        return Schema.object()
                .required("name", Schema.string())
                .optional("notice", Schema.string())
                .required("definitions", Schema.arrayOf(sym(Schema.object()).build()))
                .required("referenced_by", Schema.arrayOf(reference.build()))
                .required("truncated", Schema.bool())
                .optional("note", Schema.string())
                .build();
    }

    private static Schema dependencies() {
        Schema.ObjectSchema result = sym(Schema.object())
                .required("direction", Schema.oneOf("callers", "callees"))
                .required("depth", Schema.integer())
                .required("edge_kind", edgeKind())
                .required("via", Schema.string());
        Schema.ObjectSchema external = Schema.object()
                .required("name", Schema.string())
                .required("edge_kind", edgeKind())
                .required("depth", Schema.integer())
                .required("via", Schema.string());
        return Schema.object()
                .required("symbol", Schema.string())
                .optional("notice", Schema.string())
                .required("roots", Schema.arrayOf(sym(Schema.object()).build()))
                .required("results", Schema.arrayOf(result.build()))
                .required("external", Schema.arrayOf(external.build()))
                .required("truncated", Schema.bool())
                .build();
    }

    private static Schema diff() {
        Schema.ObjectSchema symbol = Schema.object()
                .required("name", Schema.string())
                .required("qualified_name", Schema.string())
                .required("kind", Schema.oneOf(SYM_KINDS))
                .required("change", Schema.oneOf("added", "removed", "modified", "signature_changed"));
        Schema.ObjectSchema change = Schema.object()
                .required("file_path", Schema.string())
                .optional("old_path", Schema.string())
                .required("change_type", Schema.oneOf("add", "modify", "delete", "rename"))
                .required("lines_added", Schema.integer())
                .required("lines_removed", Schema.integer())
                .required("timestamp", Schema.string().describedAs("ISO-8601 UTC with milliseconds"))
                .required("symbols", Schema.arrayOf(symbol.build()));
        return Schema.object()
                .required("since", Schema.string())
                .required("window_start", Schema.string().describedAs("ISO-8601 UTC with milliseconds"))
                .optional("notice", Schema.string())
                .required("changes", Schema.arrayOf(change.build()))
                .required("truncated", Schema.bool())
                .build();
    }

    private static Schema summary() {
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
                .required("files", Schema.integer())
                .required("test_files", Schema.integer())
                .required("chunks", Schema.integer())
                .required("symbols", Schema.integer())
                .required("edges", Schema.integer())
                .required("languages", Schema.mapOf(Schema.integer()).describedAs("Files per language"))
                .required("parse_errors", Schema.integer())
                .required("stale_files", Schema.integer())
                .optional("last_change_at", Schema.string())
                .required(
                        "embedding",
                        Schema.object()
                                .required("enabled", Schema.bool())
                                .required("coverage_pct", Schema.number())
                                .required("circuit_state", Schema.oneOf(CIRCUIT))
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
                .build();
    }

    private static Schema enrichmentStatus() {
        return Schema.object()
                .required("enabled", Schema.bool())
                .optional("provider", Schema.string())
                .optional("model", Schema.string())
                .required("total_chunks", Schema.integer())
                .required("embedded_chunks", Schema.integer())
                .required("embedding_pct", Schema.number())
                .required("pending_jobs", Schema.integer())
                .required("in_flight", Schema.integer())
                .required("stale_vectors", Schema.integer())
                .required("stale_files", Schema.integer())
                .required("circuit_state", Schema.oneOf(CIRCUIT))
                .optional("last_error", Schema.string())
                .optional("notice", Schema.string())
                .build();
    }

    /** {@code {query, strategy, notice?, warning?}}, the head of search and context. */
    private static Schema.ObjectSchema queryHeader() {
        return Schema.object()
                .required("query", Schema.string())
                .required("strategy", Schema.oneOf("hybrid", "keyword"))
                .optional("notice", Schema.string())
                .optional("warning", Schema.string());
    }

    /** {@code Loc = {file_path: str, start_line: int, end_line: int}}. */
    private static Schema.ObjectSchema loc(Schema.ObjectSchema object) {
        return object.required("file_path", Schema.string())
                .required("start_line", Schema.integer())
                .required("end_line", Schema.integer());
    }

    /** {@code Sym = Loc + {name, qualified_name, kind: SymKind, signature?, visibility?, is_test}}. */
    private static Schema.ObjectSchema sym(Schema.ObjectSchema object) {
        return loc(object)
                .required("name", Schema.string())
                .required("qualified_name", Schema.string())
                .required("kind", Schema.oneOf(SYM_KINDS))
                .optional("signature", Schema.string())
                .optional("visibility", Schema.oneOf("public", "private", "internal", "exported"))
                .required("is_test", Schema.bool());
    }

    private static Schema edgeKind() {
        return Schema.oneOf(ToolCatalog.EDGE_KINDS);
    }

    /** MCP-44's {@code Explain}. */
    private static Schema explain() {
        Schema.ObjectSchema signals = Schema.object();
        for (String signal : List.of("semantic", "lexical", "structural", "change", "session")) {
            signals.required(
                    signal,
                    Schema.object()
                            .required("available", Schema.bool())
                            .required("value", Schema.number())
                            .required("weight", Schema.number())
                            .required("contribution", Schema.number())
                            .build());
        }
        return Schema.object()
                .required("relevance", Schema.number())
                .required("context", Schema.number())
                .required("context_share", Schema.number())
                .required("signals", signals.build())
                .build();
    }
}
