package shaktiman.core.embed;

/**
 * How often MCP-45's query-vector cache answered (MCP-54): {@code hits} served from the cache, {@code misses} sent to
 * the embedder (failed embeddings included).
 */
public record QueryCacheCounts(long hits, long misses) {

    /** No lookups: embeddings off, or nothing searched yet. */
    public static final QueryCacheCounts NONE = new QueryCacheCounts(0, 0);

    public QueryCacheCounts {
        if (hits < 0 || misses < 0) {
            throw new IllegalArgumentException("counts must be >= 0; got " + hits + " and " + misses);
        }
    }

    /** Hits over all lookups, to 4 decimals; 0 with no lookups. */
    public double hitRatio() {
        long lookups = hits + misses;
        return lookups == 0 ? 0 : Math.round(10_000.0 * hits / lookups) / 10_000.0;
    }
}
