package shaktiman.core.port;

import java.time.Instant;
import java.util.Objects;

/**
 * A failed attempt to embed one chunk (IX-53).
 *
 * @param chunkId the chunk
 * @param error what went wrong, stored as {@code embed_error}
 * @param retryAt when the chunk is due again ({@code next_embed_at})
 */
public record EmbedFailure(long chunkId, String error, Instant retryAt) {
    public EmbedFailure {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(retryAt, "retryAt");
    }
}
