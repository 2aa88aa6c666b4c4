package shaktiman.core.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** A file's most recent change record, for MCP-41's change signal: when, and the chunks it added or modified. */
public record LatestChange(Instant appliedAt, Set<Long> chunkIds) {
    public LatestChange {
        Objects.requireNonNull(appliedAt, "appliedAt");
        chunkIds = Set.copyOf(chunkIds);
    }
}
