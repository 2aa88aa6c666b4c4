package shaktiman.core.port;

/**
 * One result of {@link VectorStore#search}: a stored id and the cosine of its vector with the query.
 *
 * @param id the stored id (a chunk id)
 * @param score the cosine, in [−1, 1]
 */
public record VectorHit(long id, double score) {
    public VectorHit {
        if (!(score >= -1 && score <= 1)) {
            throw new IllegalArgumentException("score must be a cosine in [-1, 1]; got " + score + " for id " + id);
        }
    }
}
