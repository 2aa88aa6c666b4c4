package shaktiman.app.mcp;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import shaktiman.app.query.EnrichmentStatus;
import shaktiman.core.embed.QueryCacheCounts;
import shaktiman.core.port.ToolCallSample;
import shaktiman.core.tools.IndexState;
import shaktiman.core.tools.IndexStatus;
import shaktiman.core.tools.ScanProgress;
import shaktiman.core.tools.SummaryTool;

/**
 * What the leader tells the MCP layer for {@code summary}, the summary resource and {@code enrichment_status} (MCP-38,
 * MCP-22, MCP-39).
 */
public interface SummarySource {

    /** The index's status now; called on a tool-call thread, so it must be thread-safe and not block for long. */
    IndexStatus indexStatus();

    /**
     * {@code enrichment_status} now (MCP-39). This default is the leader with embeddings off: every chunk of the index
     * unembedded and nothing queued, the stale files and, while any scan runs, the notice of {@link #indexStatus()}. A
     * leader with an embedding worker overrides it with the worker's numbers.
     */
    default EnrichmentStatus enrichmentStatus() {
        IndexStatus status = indexStatus();
        Optional<String> notice = status.state() == IndexState.SCANNING
                ? Optional.of(
                        SummaryTool.notice(status.progress() == null ? new ScanProgress(0, 0) : status.progress()))
                : Optional.empty();
        return EnrichmentStatus.embeddingsOff(status.counts().chunks(), status.staleFiles(), notice);
    }

    /**
     * The recorded tool calls (MCP-47) started at or after {@code since}, for the metrics resource (MCP-54). This
     * default is a server that persists no calls; the leader reads its store.
     */
    default List<ToolCallSample> toolCallsSince(Instant since) {
        return List.of();
    }

    /** The query-vector cache's counts (MCP-54). This default is a leader with embeddings off. */
    default QueryCacheCounts queryEmbeddingCache() {
        return QueryCacheCounts.NONE;
    }
}
