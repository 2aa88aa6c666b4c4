package shaktiman.core.port;

/**
 * The chunk totals of the embedding side, from one committed snapshot (MCP-39, IX-68).
 *
 * @param chunks every chunk
 * @param embedded chunks marked embedded
 * @param due chunks not embedded whose retry time has come (IX-53's eligible chunks: {@code pending_jobs})
 * @param failed chunks not embedded with at least one failed attempt
 */
public record EmbeddingCounts(long chunks, long embedded, long due, long failed) {
    public EmbeddingCounts {
        if (chunks < 0 || embedded < 0 || due < 0 || failed < 0) {
            throw new IllegalArgumentException("counts must not be negative; got chunks " + chunks + ", embedded "
                    + embedded + ", due " + due + ", failed " + failed);
        }
    }
}
