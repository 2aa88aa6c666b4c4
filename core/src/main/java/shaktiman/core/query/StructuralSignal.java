package shaktiman.core.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import shaktiman.core.port.EdgeRecord;
import shaktiman.core.port.IndexReader;
import shaktiman.core.port.SymbolRecord;

/**
 * MCP-41's structural signal: for each candidate, k = the other candidates whose symbols are within 2 graph hops of its
 * own, over any edge kind and direction. One batched graph query per direction, over the candidates' symbols the caller
 * fetched: those edges already hold every path of two hops between candidates.
 */
final class StructuralSignal {
    private StructuralSignal() {}

    /**
     * The k of each candidate, by position in {@code candidates}.
     *
     * @param chunkSymbols the symbols of (at least) every candidate's chunks, as {@link IndexReader#symbolsOfChunks}
     *     gives them: the caller's one batched fetch, which it shares with member hits
     * @param candidates each candidate's chunk ids
     */
    static int[] related(
            IndexReader reader,
            List<SymbolRecord> chunkSymbols,
            List<? extends Collection<Long>> candidates,
            Cancellation cancel) {
        int[] related = new int[candidates.size()];
        if (candidates.size() < 2) {
            return related;
        }
        Map<Long, Integer> candidateOfChunk = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            for (long chunkId : candidates.get(i)) {
                candidateOfChunk.put(chunkId, i);
            }
        }
        Map<Long, Integer> candidateOfSymbol = new HashMap<>();
        List<Set<Long>> own = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            own.add(new HashSet<>());
        }
        for (SymbolRecord symbol : chunkSymbols) {
            Integer candidate = candidateOfChunk.get(symbol.chunkId());
            if (candidate != null) {
                candidateOfSymbol.put(symbol.id(), candidate);
                own.get(candidate).add(symbol.id());
            }
        }
        if (candidateOfSymbol.isEmpty()) {
            return related;
        }
        cancel.check("structural signal");
        // Every edge of a path of at most 2 hops between two candidates' symbols touches a candidate symbol (each end
        // is one, and the middle symbol's two edges each reach one), so the edges of the candidates' own symbols, one
        // batched query per direction, hold every such path: the middle symbol's other edges can never add a
        // candidate, and reading them (most of the rows) would change no k.
        Map<Long, Set<Long>> adjacent = new HashMap<>();
        addEdges(reader, candidateOfSymbol.keySet(), adjacent);
        for (int i = 0; i < candidates.size(); i++) {
            Set<Integer> others = new HashSet<>();
            for (long symbol : own.get(i)) {
                for (long first : adjacent.getOrDefault(symbol, Set.of())) {
                    cancel.node();
                    addCandidate(candidateOfSymbol, first, i, others);
                    for (long second : adjacent.getOrDefault(first, Set.of())) {
                        cancel.node();
                        addCandidate(candidateOfSymbol, second, i, others);
                    }
                }
            }
            related[i] = others.size();
        }
        return related;
    }

    private static void addCandidate(Map<Long, Integer> candidateOfSymbol, long symbol, int self, Set<Integer> others) {
        Integer candidate = candidateOfSymbol.get(symbol);
        if (candidate != null && candidate != self) {
            others.add(candidate);
        }
    }

    private static void addEdges(IndexReader reader, Set<Long> symbols, Map<Long, Set<Long>> adjacent) {
        for (boolean outgoing : new boolean[] {true, false}) {
            for (EdgeRecord edge : reader.edges(symbols, outgoing, Set.of())) {
                adjacent.computeIfAbsent(edge.sourceId(), id -> new HashSet<>()).add(edge.targetId());
                adjacent.computeIfAbsent(edge.targetId(), id -> new HashSet<>()).add(edge.sourceId());
            }
        }
    }
}
