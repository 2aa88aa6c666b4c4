package shaktiman.core.tools;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import shaktiman.core.model.SymKind;

/**
 * The seven tools of mcp-tools §2 as data: names, titles, descriptions (MCP-14) and parameters (MCP-15, 25, 28, 32,
 * 33, 35), with the configured defaults filled in. Pure.
 */
public final class ToolCatalog {

    public static final String SEARCH = "search";
    public static final String CONTEXT = "context";
    public static final String SYMBOLS = "symbols";
    public static final String DEPENDENCIES = "dependencies";
    public static final String DIFF = "diff";
    public static final String SUMMARY = SummaryTool.NAME;
    public static final String ENRICHMENT_STATUS = "enrichment_status";

    /** MCP-25's limit on a query, in code points. */
    public static final int MAX_QUERY_LENGTH = 10_000;

    /**
     * The most code points of a {@code name} or {@code symbol}: §2 sets no limit, but both are echoed in the answer
     * (twice when nothing matches), and MCP-17 caps every answer at {@code mcp.max_output_tokens}. No identifier or
     * qualified name comes near it.
     */
    public static final int MAX_NAME_LENGTH = 1_000;

    /** {@code EdgeKind} in §2's order. */
    public static final List<String> EDGE_KINDS = List.of("calls", "imports", "inherits", "implements", "type_ref");

    private static final String QUERY_DESCRIPTION = "What to look for: words, identifiers or a question";
    private static final String PATH_DESCRIPTION = "Only files at or under this project-relative path";

    private ToolCatalog() {}

    /** All seven tools, sorted by name. */
    public static List<ToolSpec> all(ToolDefaults defaults) {
        return Stream.of(
                        search(defaults),
                        context(defaults),
                        symbols(),
                        dependencies(),
                        diff(),
                        summary(),
                        enrichmentStatus())
                .sorted(Comparator.comparing(ToolSpec::name))
                .toList();
    }

    public static ToolSpec search(ToolDefaults defaults) {
        String description = "Ranked discovery over the project's pre-built index. Returns up to "
                + defaults.searchMaxResults() + " hits (max_results) scoring at least "
                + plain(defaults.searchMinScore()) + " (min_score), each a path and line range with its symbol,"
                + " kind, score and token count; mode \"full\" adds the code itself (default mode \""
                + defaults.searchMode() + "\"). Use it to find the few places worth reading for a concept,"
                + " identifier or question, then read only those. Searches implementation files by default"
                + " (scope \"impl\"); scope \"test\" or \"all\" includes tests. Use symbols for where a name is"
                + " defined, dependencies for callers and callees, context for a ready bundle of code, and Grep"
                + " for exact strings or regular expressions.";
        return new ToolSpec(
                SEARCH,
                "Search code",
                description,
                List.of(
                        query(),
                        ParameterSpec.optional(
                                "mode",
                                new ParameterType.OneOf(
                                        List.of("locate", "full"), Map.of(), Optional.of(defaults.searchMode()))),
                        ParameterSpec.optional("max_results", new ParameterType.IntegerRange(1, 200, Optional.of((long)
                                defaults.searchMaxResults()))),
                        ParameterSpec.optional(
                                "min_score",
                                new ParameterType.NumberRange(0, 1, Optional.of(defaults.searchMinScore()))),
                        ParameterSpec.optional("explain", new ParameterType.Flag(Optional.of(false))),
                        path(),
                        scope()));
    }

    public static ToolSpec context(ToolDefaults defaults) {
        String description = "A ranked, de-duplicated bundle of code for a question, packed into a token budget"
                + " (budget_tokens, default " + defaults.contextBudgetTokens() + "): the best matching chunks"
                + " followed by their direct neighbours in the call, import and type graph, each with path, lines"
                + " and content. Use it for cross-file understanding when you would otherwise open several files."
                + " Covers implementation files by default (scope \"impl\"); scope \"test\" or \"all\" includes"
                + " tests. To only locate code, search is cheaper; use symbols for one definition and dependencies"
                + " for callers and callees.";
        return new ToolSpec(
                CONTEXT,
                "Code context bundle",
                description,
                List.of(
                        query(),
                        ParameterSpec.optional(
                                "budget_tokens",
                                new ParameterType.IntegerRange(
                                        256, 32_768, Optional.of((long) defaults.contextBudgetTokens())),
                                "The most tokens the whole answer may use"),
                        scope(),
                        path()));
    }

    public static ToolSpec symbols() {
        String description = "Where a name is defined: every symbol with that exact, case-sensitive name, or a"
                + " dot-qualified name such as UserService.find, with path, lines, kind, qualified name, signature"
                + " and visibility; overloads and same-named methods each appear. When the project has no"
                + " definition (e.g. a library function), it lists the places that refer to the name instead."
                + " Use it when you know the name; use search when you only know the concept, and dependencies"
                + " for callers and callees. Looks in implementation files by default (scope \"impl\"); scope"
                + " \"test\" or \"all\" includes tests. Returns up to 50 definitions (max_results).";
        return new ToolSpec(
                SYMBOLS,
                "Find definitions",
                description,
                List.of(
                        ParameterSpec.required(
                                "name",
                                name(),
                                "An exact, case-sensitive name, or a dot-qualified name such as UserService.find"),
                        ParameterSpec.optional(
                                "kind",
                                new ParameterType.OneOf(
                                        Stream.of(SymKind.values())
                                                .map(SymKind::wireName)
                                                .toList(),
                                        Map.of(),
                                        Optional.empty()),
                                "Only symbols of this kind"),
                        path(),
                        scope(),
                        ParameterSpec.optional(
                                "max_results", new ParameterType.IntegerRange(1, 500, Optional.of(50L)))));
    }

    public static ToolSpec dependencies() {
        String description = "Callers and callees of a symbol in one call: a breadth-first walk from every symbol"
                + " with that name over call, import, inheritance, implementation and type-reference edges, to"
                + " depth 2 by default (up to 5). Each result has its depth, edge kind and the symbol it was reached"
                + " through; callees without a definition in the project (library functions) are listed as"
                + " external. direction is callers, callees or both (default both). Use it instead of searching"
                + " for call sites by hand, and symbols when you only need the definition. Reports implementation"
                + " files by default (scope \"impl\"); scope \"test\" or \"all\" includes tests.";
        return new ToolSpec(
                DEPENDENCIES,
                "Callers and callees",
                description,
                List.of(
                        ParameterSpec.required(
                                "symbol", name(), "A name or dot-qualified name, matched as symbols matches it"),
                        ParameterSpec.optional(
                                "direction",
                                new ParameterType.OneOf(
                                        List.of("callers", "callees", "both"),
                                        Map.of("incoming", "callers", "outgoing", "callees"),
                                        Optional.of("both"))),
                        ParameterSpec.optional(
                                "depth",
                                new ParameterType.IntegerRange(1, 5, Optional.of(2L)),
                                "How many hops to follow"),
                        ParameterSpec.optional(
                                "file",
                                new ParameterType.Text(ParameterType.TextForm.PATH, Optional.empty(), Optional.empty()),
                                "Only roots in files at or under this project-relative path"),
                        ParameterSpec.optional(
                                "edge_kinds",
                                new ParameterType.SomeOf(EDGE_KINDS),
                                "The kinds of edge to follow; all when absent"),
                        scope(),
                        ParameterSpec.optional(
                                "max_results", new ParameterType.IntegerRange(1, 1_000, Optional.of(200L)))));
    }

    public static ToolSpec diff() {
        String description = "What changed recently, by symbol: the files added, modified, deleted or renamed"
                + " within the window (since, default 24h), newest first, each with lines added and removed and"
                + " its symbols added, removed, modified or with a changed signature. Use it to catch up after"
                + " edits, a pull or a checkout, or to see what a recent change touched. The first full index is"
                + " the baseline, not a change. Reports implementation files by default (scope \"impl\"); scope"
                + " \"test\" or \"all\" includes tests. Returns up to 50 changes (limit). Use search or symbols to"
                + " find code regardless of when it changed.";
        return new ToolSpec(
                DIFF,
                "Recent changes",
                description,
                List.of(
                        ParameterSpec.optional(
                                "since",
                                new ParameterType.Text(
                                        ParameterType.TextForm.DURATION, Optional.empty(), Optional.of("24h")),
                                "How far back to look: <number><unit> with units s, m, h, d, e.g. 90m, 1h30m or"
                                        + " 7d; from 1s to 720h"),
                        ParameterSpec.optional(
                                "limit",
                                new ParameterType.IntegerRange(1, 500, Optional.of(50L)),
                                "The most changes to return, newest first"),
                        path(),
                        scope()));
    }

    public static ToolSpec summary() {
        String description = "Orientation and health of the code index: project root, index state and scan"
                + " progress, counts of files, test files, chunks, symbols and edges, files per language, parse"
                + " errors, stale files, embedding coverage, watcher state, the daemon and per-tool call"
                + " statistics. Call it first in an unfamiliar repository, or to check that the index is ready. It"
                + " takes no arguments and finds no code: use search, symbols or context for that.";
        return new ToolSpec(SUMMARY, "Index summary", description, List.of());
    }

    public static ToolSpec enrichmentStatus() {
        String description = "Whether semantic (embedding) search is available: if embeddings are enabled, the"
                + " provider and model, how many chunks have vectors and the share embedded, queued and in-flight"
                + " jobs, stale vectors and files, the circuit-breaker state and the last error. Call it when"
                + " search answers with strategy \"keyword\" or a warning about semantic search, or to see how far"
                + " embedding has got. It takes no arguments and finds no code: use search or context for that,"
                + " and summary for the health of the whole index.";
        return new ToolSpec(ENRICHMENT_STATUS, "Semantic search status", description, List.of());
    }

    private static ParameterSpec query() {
        return ParameterSpec.required(
                "query",
                new ParameterType.Text(
                        ParameterType.TextForm.NON_EMPTY, Optional.of(MAX_QUERY_LENGTH), Optional.empty()),
                QUERY_DESCRIPTION);
    }

    private static ParameterType.Text name() {
        return new ParameterType.Text(ParameterType.TextForm.NON_EMPTY, Optional.of(MAX_NAME_LENGTH), Optional.empty());
    }

    private static ParameterSpec path() {
        return ParameterSpec.optional(
                "path",
                new ParameterType.Text(ParameterType.TextForm.PATH, Optional.empty(), Optional.empty()),
                PATH_DESCRIPTION);
    }

    private static ParameterSpec scope() {
        return ParameterSpec.optional(
                "scope", new ParameterType.OneOf(List.of("impl", "test", "all"), Map.of(), Optional.of("impl")));
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
