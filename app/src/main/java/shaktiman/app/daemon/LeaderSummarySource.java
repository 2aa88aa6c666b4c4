package shaktiman.app.daemon;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import shaktiman.app.embed.LeaderEmbedding;
import shaktiman.app.mcp.SummarySource;
import shaktiman.app.query.EnrichmentStatus;
import shaktiman.core.embed.QueryCacheCounts;
import shaktiman.core.index.live.IndexActivity;
import shaktiman.core.port.IndexStore;
import shaktiman.core.port.ToolCallSample;
import shaktiman.core.tools.IndexState;
import shaktiman.core.tools.IndexStatus;
import shaktiman.core.tools.ScanProgress;
import shaktiman.core.tools.SummaryTool;

/**
 * The leader's index facts for {@code summary} (MCP-38): the store's committed counts and the live index's activity —
 * {@code scanning} with progress while any scan runs (the startup scan from the moment P is bound, MI-10), {@code
 * error} after a scan that failed, {@code ready} otherwise — with the watcher's state and the stale count — and the
 * embedding side's numbers for {@code summary.embedding} and {@code enrichment_status} (MCP-39).
 */
final class LeaderSummarySource implements SummarySource {
    private final Path root;
    private final IndexStore store;
    private final StartingLiveIndex live;
    private final LeaderEmbedding embedding;

    LeaderSummarySource(Path root, IndexStore store, StartingLiveIndex live, LeaderEmbedding embedding) {
        this.root = root;
        this.store = store;
        this.live = live;
        this.embedding = embedding;
    }

    @Override
    public IndexStatus indexStatus() {
        IndexActivity activity = live.activity();
        IndexState state =
                activity.scanning() ? IndexState.SCANNING : activity.failed() ? IndexState.ERROR : IndexState.READY;
        return new IndexStatus(
                root.toString(),
                store.counts(),
                state,
                activity.scanning() ? new ScanProgress(activity.filesDone(), activity.filesTotal()) : null,
                activity.staleFiles(),
                store.reader().lastChangeAt().orElse(null),
                embedding.summary(),
                activity.watcher());
    }

    @Override
    public List<ToolCallSample> toolCallsSince(Instant since) {
        return store.toolCallsSince(since);
    }

    @Override
    public QueryCacheCounts queryEmbeddingCache() {
        return embedding.queryCache();
    }

    @Override
    public EnrichmentStatus enrichmentStatus() {
        IndexActivity activity = live.activity();
        Optional<String> notice = activity.scanning()
                ? Optional.of(SummaryTool.notice(new ScanProgress(activity.filesDone(), activity.filesTotal())))
                : Optional.empty();
        long chunks = embedding.enabled() ? 0 : store.counts().chunks();
        return EnrichmentStatus.of(embedding.snapshot(chunks), activity.staleFiles(), notice);
    }
}
