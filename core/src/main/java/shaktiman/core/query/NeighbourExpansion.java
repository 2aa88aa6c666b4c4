package shaktiman.core.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.port.ChunkRecord;
import shaktiman.core.port.EdgeRecord;
import shaktiman.core.port.IndexReader;
import shaktiman.core.port.IndexReader.ChunkFilter;
import shaktiman.core.port.SymbolRecord;

/**
 * MCP-30 step 3: the depth-1 graph neighbours of the chosen chunks (the defining chunk of each symbol they call, are
 * called by, implement, inherit or import, and so on), each scored {@code seed score × 0.5 × edge weight} and labelled
 * with how it was reached ({@code via}). Batched: one symbol query, one edge query per direction, one symbol and one
 * chunk fetch.
 */
final class NeighbourExpansion {
    private final IndexReader reader;

    NeighbourExpansion(IndexReader reader) {
        this.reader = reader;
    }

    /** MCP-30's edge weights. */
    static double weight(EdgeKind kind) {
        return switch (kind) {
            case CALLS -> 1.0;
            case IMPLEMENTS, INHERITS -> 0.8;
            case TYPE_REF -> 0.6;
            case IMPORTS -> 0.4;
        };
    }

    /**
     * How the neighbour relates to the seed, e.g. {@code called by authGuard} for a function the seed calls.
     *
     * @param seedToNeighbour whether the edge runs from the seed to the neighbour
     */
    static String via(EdgeKind kind, boolean seedToNeighbour, String seedName) {
        String relation = switch (kind) {
            case CALLS -> seedToNeighbour ? "called by" : "calls";
            case IMPLEMENTS -> seedToNeighbour ? "implemented by" : "implements";
            case INHERITS -> seedToNeighbour ? "inherited by" : "inherits";
            case TYPE_REF -> seedToNeighbour ? "referenced by" : "references";
            case IMPORTS -> seedToNeighbour ? "imported by" : "imports";
        };
        return relation + " " + seedName;
    }

    private record Reach(long chunkId, double score, String via) {}

    List<Piece> neighbours(List<Piece> seeds, ChunkFilter filter, Cancellation cancel) {
        Map<Long, List<Piece>> seedsOfChunk = new HashMap<>();
        for (Piece seed : seeds) {
            seed.chunkIds()
                    .forEach(id -> seedsOfChunk
                            .computeIfAbsent(id, k -> new ArrayList<>())
                            .add(seed));
        }
        Set<Long> seedChunks = seedsOfChunk.keySet();
        if (seedChunks.isEmpty()) {
            return List.of();
        }
        // A member piece seeds from its own symbols only, so that its via names what it shows.
        Map<Long, SymbolRecord> seedSymbols = new HashMap<>();
        Map<Long, Piece> seedOfSymbol = new HashMap<>();
        for (SymbolRecord symbol : reader.symbolsOfChunks(seedChunks)) {
            for (Piece seed : seedsOfChunk.getOrDefault(symbol.chunkId(), List.of())) {
                if (seed.shows(symbol)) {
                    seedSymbols.put(symbol.id(), symbol);
                    seedOfSymbol.putIfAbsent(symbol.id(), seed);
                }
            }
        }
        if (seedSymbols.isEmpty()) {
            return List.of();
        }
        List<EdgeRecord> outgoing = reader.edges(seedSymbols.keySet(), true, Set.of());
        List<EdgeRecord> incoming = reader.edges(seedSymbols.keySet(), false, Set.of());
        cancel.check("expansion edges");
        Set<Long> neighbourIds = new HashSet<>();
        outgoing.forEach(e -> neighbourIds.add(e.targetId()));
        incoming.forEach(e -> neighbourIds.add(e.sourceId()));
        neighbourIds.removeAll(seedSymbols.keySet());
        if (neighbourIds.isEmpty()) {
            return List.of();
        }
        Map<Long, SymbolRecord> neighbours = reader.symbols(neighbourIds);
        Map<Long, Reach> best = new HashMap<>();
        reach(outgoing, true, seedSymbols, neighbours, seedOfSymbol, best, cancel);
        reach(incoming, false, seedSymbols, neighbours, seedOfSymbol, best, cancel);
        Collection<ChunkRecord> chunks = reader.chunks(best.keySet()).values();
        List<Piece> pieces = new ArrayList<>();
        for (ChunkRecord chunk : chunks) {
            if (seedChunks.contains(chunk.id()) || !matches(chunk, filter)) {
                continue;
            }
            Reach reach = best.get(chunk.id());
            pieces.add(new Piece(
                    chunk.filePath(),
                    chunk.startLine(),
                    chunk.endLine(),
                    chunk.kind(),
                    Unit.nonEmpty(chunk.symbolName()),
                    Unit.nonEmpty(chunk.qualifiedName()),
                    Scores.round4(reach.score()),
                    Optional.of(reach.via()),
                    chunk.content(),
                    chunk.isTest(),
                    List.of(chunk.id()),
                    Optional.empty(),
                    chunk.tokenCount()));
        }
        return pieces;
    }

    private static void reach(
            List<EdgeRecord> edges,
            boolean seedToNeighbour,
            Map<Long, SymbolRecord> seedSymbols,
            Map<Long, SymbolRecord> neighbours,
            Map<Long, Piece> seedOfSymbol,
            Map<Long, Reach> best,
            Cancellation cancel) {
        for (EdgeRecord edge : edges) {
            cancel.node();
            SymbolRecord seed = seedSymbols.get(seedToNeighbour ? edge.sourceId() : edge.targetId());
            SymbolRecord neighbour = neighbours.get(seedToNeighbour ? edge.targetId() : edge.sourceId());
            if (seed == null || neighbour == null) {
                continue;
            }
            Piece seedPiece = seedOfSymbol.get(seed.id());
            double score = seedPiece.score() * 0.5 * weight(edge.kind());
            String via = via(edge.kind(), seedToNeighbour, seed.qualifiedName());
            Reach candidate = new Reach(neighbour.chunkId(), score, via);
            best.merge(neighbour.chunkId(), candidate, NeighbourExpansion::better);
        }
    }

    private static Reach better(Reach a, Reach b) {
        if (a.score() != b.score()) {
            return a.score() > b.score() ? a : b;
        }
        return a.via().compareTo(b.via()) <= 0 ? a : b;
    }

    /** Whether a chunk passes the request's path and scope filters (MCP-23, MCP-24). */
    static boolean matches(ChunkRecord chunk, ChunkFilter filter) {
        return PathFilter.matches(chunk.filePath(), filter.pathPrefix())
                && ScopeFilter.keeps(filter.scope(), chunk.isTest());
    }
}
