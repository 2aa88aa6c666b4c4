package shaktiman.core.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.port.EdgeRecord;
import shaktiman.core.port.IndexReader;
import shaktiman.core.port.IndexReader.ChunkFilter;
import shaktiman.core.port.IndexReader.SymbolFilter;
import shaktiman.core.port.SymbolRecord;
import shaktiman.core.port.UnresolvedReference;

/**
 * {@code dependencies} (MCP-33, MCP-34): one breadth-first search per direction from every root at once, one batched
 * edge query (and one symbol fetch) per hop.
 */
final class DependenciesTool {
    /** How many same-named roots are read at most. */
    static final int MAX_ROOTS = 10_000;

    private final IndexReader reader;

    DependenciesTool(IndexReader reader) {
        this.reader = reader;
    }

    /** How a symbol was first reached. */
    private record Reach(SymbolRecord symbol, int depth, EdgeKind kind, String via) {}

    private static final Comparator<Dependency> ORDER = Comparator.comparing(Dependency::direction)
            .thenComparingInt(Dependency::depth)
            .thenComparing(Dependency::filePath, Ordering.CODE_POINTS)
            .thenComparingInt(Dependency::startLine)
            .thenComparing(Dependency::qualifiedName, Ordering.CODE_POINTS)
            .thenComparing(Dependency::via, Ordering.CODE_POINTS);

    private static final Comparator<ExternalDependency> EXTERNAL_ORDER = Comparator.comparingInt(
                    ExternalDependency::depth)
            .thenComparing(ExternalDependency::name, Ordering.CODE_POINTS)
            .thenComparing(e -> e.edgeKind().wireName())
            .thenComparing(ExternalDependency::via, Ordering.CODE_POINTS);

    DependenciesResult dependencies(DependenciesRequest request, Optional<String> notice, Cancellation cancel) {
        List<SymbolRecord> roots = reader.symbolsNamed(
                request.symbol(),
                new SymbolFilter(new ChunkFilter(request.file(), request.scope()), Optional.empty()),
                MAX_ROOTS);
        cancel.check("roots");
        List<Dependency> results = new ArrayList<>();
        List<ExternalDependency> external = new ArrayList<>();
        boolean callers = request.direction() != Direction.CALLEES;
        boolean callees = request.direction() != Direction.CALLERS;
        if (roots.isEmpty()) {
            if (callers) {
                results.addAll(unresolvedCallers(request, cancel));
            }
        } else {
            if (callers) {
                walk(roots, Direction.CALLERS, request, results, external, cancel);
            }
            if (callees) {
                walk(roots, Direction.CALLEES, request, results, external, cancel);
            }
        }
        results.sort(ORDER);
        external.sort(EXTERNAL_ORDER);
        boolean truncated = results.size() > request.maxResults() || external.size() > request.maxResults();
        return new DependenciesResult(
                request.symbol(),
                notice,
                roots.stream().map(Sym::of).toList(),
                results.subList(0, Math.min(results.size(), request.maxResults())),
                external.subList(0, Math.min(external.size(), request.maxResults())),
                truncated);
    }

    private void walk(
            List<SymbolRecord> roots,
            Direction direction,
            DependenciesRequest request,
            List<Dependency> results,
            List<ExternalDependency> external,
            Cancellation cancel) {
        boolean outgoing = direction == Direction.CALLEES;
        Map<Long, SymbolRecord> frontier = new LinkedHashMap<>();
        roots.forEach(root -> frontier.put(root.id(), root));
        Set<Long> seen = new HashSet<>(frontier.keySet());
        Map<String, ExternalDependency> externals = new HashMap<>();
        for (int depth = 1; depth <= request.depth() && !frontier.isEmpty(); depth++) {
            List<EdgeRecord> edges = reader.edges(frontier.keySet(), outgoing, request.edgeKinds());
            Map<Long, Reach> reached = new HashMap<>();
            for (EdgeRecord edge : edges) {
                cancel.node();
                long from = outgoing ? edge.sourceId() : edge.targetId();
                long to = outgoing ? edge.targetId() : edge.sourceId();
                SymbolRecord via = frontier.get(from);
                if (via == null || seen.contains(to)) {
                    continue;
                }
                Reach candidate = new Reach(null, depth, edge.kind(), via.qualifiedName());
                reached.merge(to, candidate, DependenciesTool::firstReach);
            }
            if (outgoing) {
                for (UnresolvedReference reference :
                        reader.unresolvedReferencesFrom(frontier.keySet(), request.edgeKinds())) {
                    cancel.node();
                    if (!ScopeFilter.keeps(request.scope(), reference.source().isTest())) {
                        continue;
                    }
                    ExternalDependency candidate = new ExternalDependency(
                            reference.targetText(),
                            reference.kind(),
                            depth,
                            reference.source().qualifiedName());
                    externals.merge(
                            reference.targetText() + "\u0000" + reference.kind().wireName(),
                            candidate,
                            (a, b) -> a.depth() < b.depth()
                                            || (a.depth() == b.depth()
                                                    && a.via().compareTo(b.via()) <= 0)
                                    ? a
                                    : b);
                }
            }
            cancel.check("dependency hop");
            Map<Long, SymbolRecord> symbols = reached.isEmpty() ? Map.of() : reader.symbols(reached.keySet());
            frontier.clear();
            for (Map.Entry<Long, Reach> entry : reached.entrySet()) {
                SymbolRecord symbol = symbols.get(entry.getKey());
                if (symbol == null) {
                    continue;
                }
                seen.add(symbol.id());
                frontier.put(symbol.id(), symbol);
                Reach reach = entry.getValue();
                if (ScopeFilter.keeps(request.scope(), symbol.isTest())) {
                    results.add(Dependency.of(Sym.of(symbol), direction, reach.depth(), reach.kind(), reach.via()));
                }
            }
        }
        external.addAll(externals.values());
    }

    /** Of two edges reaching one symbol at one depth: the smallest via, then the smallest edge kind by name. */
    private static Reach firstReach(Reach a, Reach b) {
        int byVia = Ordering.CODE_POINTS.compare(a.via(), b.via());
        if (byVia != 0) {
            return byVia < 0 ? a : b;
        }
        return a.kind().wireName().compareTo(b.kind().wireName()) <= 0 ? a : b;
    }

    /** With no roots, the callers are the symbols holding unresolved references to the name (depth 1). */
    private List<Dependency> unresolvedCallers(DependenciesRequest request, Cancellation cancel) {
        List<UnresolvedReference> references = reader.unresolvedReferencesTo(
                request.symbol(), new ChunkFilter("", request.scope()), SymbolsTool.MAX_REFERRERS);
        Map<Long, Dependency> bySource = new LinkedHashMap<>();
        for (UnresolvedReference reference : references) {
            cancel.node();
            if (!request.edgeKinds().isEmpty() && !request.edgeKinds().contains(reference.kind())) {
                continue;
            }
            bySource.putIfAbsent(
                    reference.source().id(),
                    Dependency.of(
                            Sym.of(reference.source()), Direction.CALLERS, 1, reference.kind(), request.symbol()));
        }
        return new ArrayList<>(bySource.values());
    }
}
