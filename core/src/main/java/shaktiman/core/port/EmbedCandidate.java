package shaktiman.core.port;

import java.util.Objects;

/**
 * A chunk waiting for a vector (IX-53).
 *
 * @param chunkId the chunk's id, which becomes its vector's id
 * @param content the chunk text (the embedder is given the document prefix and this)
 * @param attempts the failed attempts so far, for the retry backoff
 */
public record EmbedCandidate(long chunkId, String content, int attempts) {
    public EmbedCandidate {
        Objects.requireNonNull(content, "content");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative; got " + attempts);
        }
    }
}
