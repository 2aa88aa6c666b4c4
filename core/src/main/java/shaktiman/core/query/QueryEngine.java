package shaktiman.core.query;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import shaktiman.core.port.IndexReader;
import shaktiman.core.port.TokenCounter;
import shaktiman.core.text.IdentifierAnalyzer;

/**
 * The query engine behind the five query tools (mcp-tools §2.1–2.5, §3): typed requests in, typed results out, no
 * JSON. Thread-safe and stateless apart from its configuration; per-session state is the {@link SessionHistory} the
 * caller passes. Every entry point polls {@code cancelled} between stages, every 256 graph nodes and every 64
 * candidates, and throws {@link QueryCancelledException} once it is set, having recorded nothing (MCP-21). Store
 * failures propagate as the reader's {@link shaktiman.core.port.IndexStoreException}.
 */
public final class QueryEngine {
    private final Supplier<Optional<String>> notice;
    private final Clock clock;
    private final SearchTool search;
    private final ContextTool context;
    private final SymbolsTool symbols;
    private final DependenciesTool dependencies;
    private final DiffTool diff;

    /**
     * An engine over {@code reader}.
     *
     * @param tokens MCP-1's counter, for hit sizes, budgets and the output limit
     * @param analyzer MCP-40's analyzer, the one the indexer used
     * @param semantic the semantic signal ({@link SemanticSignal#DISABLED} with embeddings off)
     * @param isTestPath MCP-23's classification of a path, for diff records whose file may be gone
     * @param notice MI-10's notice while no full index has completed, empty otherwise; read once per call
     * @param clock the time the change signal's ages and diff's window are counted from
     */
    public QueryEngine(
            IndexReader reader,
            TokenCounter tokens,
            IdentifierAnalyzer analyzer,
            SemanticSignal semantic,
            Predicate<String> isTestPath,
            Supplier<Optional<String>> notice,
            QuerySettings settings,
            Clock clock) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(semantic, "semantic");
        Objects.requireNonNull(isTestPath, "isTestPath");
        Objects.requireNonNull(settings, "settings");
        this.notice = Objects.requireNonNull(notice, "notice");
        this.clock = Objects.requireNonNull(clock, "clock");
        CandidateRanker ranker = new CandidateRanker(reader, analyzer, semantic, settings);
        this.search = new SearchTool(ranker, tokens, settings.maxOutputTokens());
        this.context = new ContextTool(ranker, new NeighbourExpansion(reader), tokens, settings.searchMinScore());
        this.symbols = new SymbolsTool(reader);
        this.dependencies = new DependenciesTool(reader);
        this.diff = new DiffTool(reader, isTestPath);
    }

    /**
     * {@code search} (MCP-25…27): ranked hits and MCP-27's text, cut to {@code mcp.max_output_tokens} (MCP-17). The
     * returned hits are recorded in {@code session} after it was read.
     */
    public TextAnswer<SearchResult> search(SearchRequest request, SessionHistory session, BooleanSupplier cancelled) {
        Cancellation cancel = new Cancellation(cancelled);
        cancel.check("start");
        return search.search(request, notice.get(), session, clock.instant(), cancel);
    }

    /**
     * {@code context} (MCP-28…31): a bundle whose text counts at most {@code budget_tokens}; the included chunks are
     * recorded in {@code session}.
     */
    public TextAnswer<ContextResult> context(
            ContextRequest request, SessionHistory session, BooleanSupplier cancelled) {
        Cancellation cancel = new Cancellation(cancelled);
        cancel.check("start");
        return context.context(request, notice.get(), session, clock.instant(), cancel);
    }

    /** {@code symbols} (MCP-32); the text is the result as JSON, and {@link SymbolsResult#keepFirst} cuts it. */
    public SymbolsResult symbols(SymbolsRequest request, BooleanSupplier cancelled) {
        Cancellation cancel = new Cancellation(cancelled);
        cancel.check("start");
        return symbols.symbols(request, notice.get(), cancel);
    }

    /** {@code dependencies} (MCP-33, MCP-34); {@link DependenciesResult#keepFirst} applies the output limit. */
    public DependenciesResult dependencies(DependenciesRequest request, BooleanSupplier cancelled) {
        Cancellation cancel = new Cancellation(cancelled);
        cancel.check("start");
        return dependencies.dependencies(request, notice.get(), cancel);
    }

    /** {@code diff} (MCP-35…37); {@link DiffResult#keepFirst} applies the output limit. */
    public DiffResult diff(DiffRequest request, BooleanSupplier cancelled) {
        Cancellation cancel = new Cancellation(cancelled);
        cancel.check("start");
        return diff.diff(request, notice.get(), clock.instant(), cancel);
    }
}
