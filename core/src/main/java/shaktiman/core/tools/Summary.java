package shaktiman.core.tools;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code summary} tool's output (MCP-38), in its field order. {@code notice}, {@code progress} and
 * {@code lastChangeAt} are null when absent, and are then left out of the JSON (MCP-3).
 *
 * @param projectRoot the canonical project root
 * @param indexState scanning, ready or error
 * @param notice the MI-10 notice while a scan runs, else null
 * @param progress the scan's progress while a scan runs, else null
 * @param languages files per language, ordered by count descending, then name
 * @param lastChangeAt ISO-8601 UTC instant of the last index change, or null
 */
public record Summary(
        String projectRoot,
        IndexState indexState,
        String notice,
        ScanProgress progress,
        long files,
        long testFiles,
        long chunks,
        long symbols,
        long edges,
        Map<String, Long> languages,
        long parseErrors,
        long staleFiles,
        String lastChangeAt,
        EmbeddingStatus embedding,
        WatcherState watcher,
        DaemonStatus daemon,
        CallMetrics metrics) {

    public Summary {
        Objects.requireNonNull(projectRoot, "projectRoot");
        Objects.requireNonNull(indexState, "indexState");
        languages = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(languages, "languages")));
        Objects.requireNonNull(embedding, "embedding");
        Objects.requireNonNull(watcher, "watcher");
        Objects.requireNonNull(daemon, "daemon");
        Objects.requireNonNull(metrics, "metrics");
        if ((indexState == IndexState.SCANNING) != (notice != null && progress != null)) {
            throw new IllegalArgumentException(
                    "notice and progress are present exactly while scanning; got state " + indexState);
        }
    }
}
