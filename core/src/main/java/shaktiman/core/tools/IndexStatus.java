package shaktiman.core.tools;

import java.time.Instant;
import java.util.Objects;
import shaktiman.core.port.IndexCounts;

/**
 * What the leader knows about its index at one moment, the input of {@link SummaryTool}.
 *
 * @param projectRoot the canonical project root
 * @param counts the committed totals
 * @param state scanning, ready or error
 * @param progress the running scan's progress; null when no scan runs (a scan without one reports 0 of 0)
 * @param staleFiles files known to differ from the index and not yet re-indexed
 * @param lastChangeAt when the index last changed; null when never
 * @param embedding the embedding status
 * @param watcher the watcher's state
 */
public record IndexStatus(
        String projectRoot,
        IndexCounts counts,
        IndexState state,
        ScanProgress progress,
        long staleFiles,
        Instant lastChangeAt,
        EmbeddingStatus embedding,
        WatcherState watcher) {

    public IndexStatus {
        Objects.requireNonNull(projectRoot, "projectRoot");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(embedding, "embedding");
        Objects.requireNonNull(watcher, "watcher");
        if (staleFiles < 0) {
            throw new IllegalArgumentException("staleFiles must not be negative; got " + staleFiles);
        }
    }
}
