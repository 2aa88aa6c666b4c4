package shaktiman.core.index.chunk;

/**
 * The token limits of IX-18: chunks above {@code maxTokens} are decomposed or split, chunks below {@code minTokens} are
 * merged.
 *
 * @param maxTokens {@code index.max_chunk_tokens}; at least 1
 * @param minTokens {@code index.min_chunk_tokens}; from 0 to {@code maxTokens}
 */
public record ChunkLimits(int maxTokens, int minTokens) {

    /** IX-18's defaults: 1024 and 20. */
    public static final ChunkLimits DEFAULTS = new ChunkLimits(1024, 20);

    public ChunkLimits {
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be >= 1, was " + maxTokens);
        }
        if (minTokens < 0 || minTokens > maxTokens) {
            throw new IllegalArgumentException(
                    "minTokens must be between 0 and maxTokens (" + maxTokens + "), was " + minTokens);
        }
    }
}
