package shaktiman.app.query;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.model.SymKind;
import shaktiman.core.port.IndexReader.TestScope;
import shaktiman.core.port.TokenCounter;
import shaktiman.core.query.ContextRequest;
import shaktiman.core.query.ContextResult;
import shaktiman.core.query.DependenciesRequest;
import shaktiman.core.query.DependenciesResult;
import shaktiman.core.query.DiffRequest;
import shaktiman.core.query.DiffResult;
import shaktiman.core.query.Direction;
import shaktiman.core.query.QueryEngine;
import shaktiman.core.query.SearchMode;
import shaktiman.core.query.SearchRequest;
import shaktiman.core.query.SearchResult;
import shaktiman.core.query.SessionHistory;
import shaktiman.core.query.SymbolsRequest;
import shaktiman.core.query.SymbolsResult;
import shaktiman.core.query.TextAnswer;
import shaktiman.core.tools.ParsedArguments;
import shaktiman.core.tools.ToolCatalog;

/**
 * The query tools as MCP and the CLI both answer them: checked arguments in, the engine's typed result rendered as
 * structured content and text out (MCP-17). For {@code symbols}, {@code dependencies} and {@code diff}, whose text is
 * their structured content as JSON, a text over {@code mcp.max_output_tokens} loses trailing results whole and says
 * {@code truncated: true}; {@code search} is cut by the engine, {@code context} is bounded by its budget.
 *
 * <p>Thread-safe. Store failures propagate as {@link shaktiman.core.port.IndexStoreException}, a cancelled call as
 * {@link shaktiman.core.query.QueryCancelledException}.
 */
public final class QueryTools {

    private final QueryEngine engine;
    private final TokenCounter tokens;
    private final int maxOutputTokens;

    /**
     * @param tokens MCP-1's counter, for the output limit
     * @param maxOutputTokens {@code mcp.max_output_tokens}
     */
    public QueryTools(QueryEngine engine, TokenCounter tokens, int maxOutputTokens) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        if (maxOutputTokens < 1) {
            throw new IllegalArgumentException("maxOutputTokens must be positive, was " + maxOutputTokens);
        }
        this.maxOutputTokens = maxOutputTokens;
    }

    /**
     * Runs the engine tool the arguments were checked for.
     *
     * @param history the session's ranking history ({@link SessionHistory#none()} for the CLI)
     * @param cancelled the call's cancellation flag (MCP-21)
     * @throws IllegalArgumentException when the arguments are not for search, context, symbols, dependencies or diff
     */
    public ToolAnswer answer(ParsedArguments arguments, SessionHistory history, BooleanSupplier cancelled) {
        String tool = arguments.spec().name();
        return switch (tool) {
            case ToolCatalog.SEARCH -> search(searchRequest(arguments), history, cancelled);
            case ToolCatalog.CONTEXT -> context(contextRequest(arguments), history, cancelled);
            case ToolCatalog.SYMBOLS -> symbols(symbolsRequest(arguments), cancelled);
            case ToolCatalog.DEPENDENCIES -> dependencies(dependenciesRequest(arguments), cancelled);
            case ToolCatalog.DIFF -> diff(diffRequest(arguments), cancelled);
            default -> throw new IllegalArgumentException("not a query tool: " + tool);
        };
    }

    /** {@code search}: the engine's text, the hits as structured content. */
    public ToolAnswer search(SearchRequest request, SessionHistory history, BooleanSupplier cancelled) {
        TextAnswer<SearchResult> answer = engine.search(request, history, cancelled);
        SearchResult result = answer.result();
        return new ToolAnswer(
                StructuredJson.of(result), answer.text(), result.results().size());
    }

    /** {@code context}: the engine's text, the chunks as structured content. */
    public ToolAnswer context(ContextRequest request, SessionHistory history, BooleanSupplier cancelled) {
        TextAnswer<ContextResult> answer = engine.context(request, history, cancelled);
        ContextResult result = answer.result();
        return new ToolAnswer(
                StructuredJson.of(result), answer.text(), result.chunks().size());
    }

    /** {@code symbols}, within the output limit. */
    public ToolAnswer symbols(SymbolsRequest request, BooleanSupplier cancelled) {
        SymbolsResult result = engine.symbols(request, cancelled);
        return limited(result, result.resultCount(), result::keepFirst, SymbolsResult::resultCount);
    }

    /** {@code dependencies}, within the output limit. */
    public ToolAnswer dependencies(DependenciesRequest request, BooleanSupplier cancelled) {
        DependenciesResult result = engine.dependencies(request, cancelled);
        return limited(result, result.resultCount(), result::keepFirst, DependenciesResult::resultCount);
    }

    /** {@code diff}, within the output limit. */
    public ToolAnswer diff(DiffRequest request, BooleanSupplier cancelled) {
        DiffResult result = engine.diff(request, cancelled);
        return limited(
                result,
                result.changes().size(),
                result::keepFirst,
                kept -> kept.changes().size());
    }

    /** {@code enrichment_status}: its text is its structured content as JSON, never cut (MCP-39, MCP-47 counts 1). */
    public static ToolAnswer enrichmentStatus(EnrichmentStatus status) {
        ObjectNode structured = StructuredJson.of(status);
        return new ToolAnswer(structured, StructuredJson.compact(structured), 1);
    }

    /**
     * MCP-17 for a tool whose text is S as JSON: the whole result when its text fits, else the longest prefix of its
     * entries whose text fits, marked truncated. The text grows with the entries kept, so a binary search finds it.
     */
    private <R extends Record> ToolAnswer limited(
            R result, int entries, IntFunction<R> keepFirst, ToIntFunction<R> resultCount) {
        ObjectNode structured = StructuredJson.of(result);
        String text = StructuredJson.compact(structured);
        if (entries == 0 || TokenCounter.surelyAtMost(text, maxOutputTokens) || tokens.count(text) <= maxOutputTokens) {
            return new ToolAnswer(structured, text, resultCount.applyAsInt(result));
        }
        int low = 0;
        int high = entries - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (tokens.count(StructuredJson.compact(StructuredJson.of(keepFirst.apply(mid)))) <= maxOutputTokens) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        R kept = keepFirst.apply(low);
        ObjectNode keptStructured = StructuredJson.of(kept);
        return new ToolAnswer(keptStructured, StructuredJson.compact(keptStructured), resultCount.applyAsInt(kept));
    }

    private static SearchRequest searchRequest(ParsedArguments arguments) {
        return new SearchRequest(
                arguments.text("query"),
                arguments.choice("mode", SearchMode.class),
                arguments.integer("max_results"),
                arguments.number("min_score"),
                arguments.flag("explain"),
                arguments.path("path").orElse(""),
                scope(arguments));
    }

    private static ContextRequest contextRequest(ParsedArguments arguments) {
        return new ContextRequest(
                arguments.text("query"),
                arguments.integer("budget_tokens"),
                arguments.path("path").orElse(""),
                scope(arguments));
    }

    private static SymbolsRequest symbolsRequest(ParsedArguments arguments) {
        return new SymbolsRequest(
                arguments.text("name"),
                arguments.optionalChoice("kind", SymKind.class),
                arguments.path("path").orElse(""),
                scope(arguments),
                arguments.integer("max_results"));
    }

    private static DependenciesRequest dependenciesRequest(ParsedArguments arguments) {
        return new DependenciesRequest(
                arguments.text("symbol"),
                arguments.choice("direction", Direction.class),
                arguments.integer("depth"),
                arguments.path("file").orElse(""),
                arguments.choices("edge_kinds", EdgeKind.class),
                scope(arguments),
                arguments.integer("max_results"));
    }

    private static DiffRequest diffRequest(ParsedArguments arguments) {
        return new DiffRequest(
                arguments.text("since"),
                arguments.integer("limit"),
                arguments.path("path").orElse(""),
                scope(arguments));
    }

    private static TestScope scope(ParsedArguments arguments) {
        return arguments.choice("scope", TestScope.class);
    }
}
