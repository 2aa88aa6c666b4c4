package shaktiman.core.port;

import java.util.Objects;
import java.util.Set;

/**
 * One full-text candidate of {@link IndexReader#lexical}.
 *
 * @param bm25 the weighted BM25 score, larger is better (never negative)
 * @param matchedTerms the query terms present in the chunk, in any field
 */
public record LexicalHit(long chunkId, double bm25, Set<String> matchedTerms) {
    public LexicalHit {
        Objects.requireNonNull(matchedTerms, "matchedTerms");
        matchedTerms = Set.copyOf(matchedTerms);
        if (bm25 < 0 || Double.isNaN(bm25)) {
            throw new IllegalArgumentException("bm25 of chunk " + chunkId + " must be >= 0, was " + bm25);
        }
    }
}
