package shaktiman.core.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import shaktiman.core.port.ChunkRecord;
import shaktiman.core.port.IndexReader;
import shaktiman.core.port.IndexReader.ChunkFilter;
import shaktiman.core.port.IndexReader.TestScope;
import shaktiman.core.port.VectorHit;

/**
 * MCP-26 step 2's vector retrieval: the top {@code N} chunks by cosine that pass the path and scope filters (MCP-24,
 * applied inside retrieval). The vector store knows no paths, so when a filter is set the first round over-fetches
 * {@value #OVER_FETCH}×N and, if fewer than N of those pass while the store had more, a second and last round asks for
 * {@value #OVER_FETCH}× that again. Without a filter one round of N is exact.
 */
final class VectorCandidates {
    /** How much each round over-fetches when a filter may drop candidates. */
    static final int OVER_FETCH = 4;

    /** The rounds asked of the store at most. */
    static final int ROUNDS = 2;

    /**
     * What retrieval found.
     *
     * @param hits at most N chunks passing the filters, best first
     * @param chunks the fetched chunk of each hit
     */
    record Found(List<VectorHit> hits, Map<Long, ChunkRecord> chunks) {}

    private VectorCandidates() {}

    /**
     * The nearest {@code n} chunks to {@code query} passing {@code filter}; chunks already in {@code known} are not
     * fetched again but still count and filter like the others.
     */
    static Found find(
            SemanticSignal semantic,
            IndexReader reader,
            String query,
            ChunkFilter filter,
            int n,
            Map<Long, ChunkRecord> known,
            Cancellation cancel) {
        boolean filtered = !filter.pathPrefix().isEmpty() || filter.scope() != TestScope.ALL;
        int k = filtered ? n * OVER_FETCH : n;
        Map<Long, ChunkRecord> chunks = new HashMap<>();
        List<VectorHit> kept = List.of();
        for (int round = 1; round <= ROUNDS; round++) {
            List<VectorHit> nearest = semantic.nearest(query, k);
            cancel.check("vector retrieval");
            List<Long> missing = new ArrayList<>();
            for (VectorHit hit : nearest) {
                if (!known.containsKey(hit.id()) && !chunks.containsKey(hit.id())) {
                    missing.add(hit.id());
                }
            }
            if (!missing.isEmpty()) {
                chunks.putAll(reader.chunks(missing));
            }
            kept = passing(nearest, filter, n, known, chunks);
            // Stop when N passed, when the store has no more, or when nothing was filtered (more would not help).
            if (kept.size() >= n || nearest.size() < k || !filtered) {
                break;
            }
            k *= OVER_FETCH;
        }
        Map<Long, ChunkRecord> found = new HashMap<>();
        for (VectorHit hit : kept) {
            ChunkRecord chunk = known.containsKey(hit.id()) ? known.get(hit.id()) : chunks.get(hit.id());
            found.put(hit.id(), chunk);
        }
        return new Found(kept, found);
    }

    private static List<VectorHit> passing(
            List<VectorHit> nearest,
            ChunkFilter filter,
            int n,
            Map<Long, ChunkRecord> known,
            Map<Long, ChunkRecord> fetched) {
        List<VectorHit> kept = new ArrayList<>();
        for (VectorHit hit : nearest) {
            ChunkRecord chunk = known.containsKey(hit.id()) ? known.get(hit.id()) : fetched.get(hit.id());
            // A chunk removed since the vectors were read has no record: left out, as the reader leaves it out.
            if (chunk != null
                    && PathFilter.matches(chunk.filePath(), filter.pathPrefix())
                    && ScopeFilter.keeps(filter.scope(), chunk.isTest())) {
                kept.add(hit);
                if (kept.size() == n) {
                    break;
                }
            }
        }
        return kept;
    }
}
