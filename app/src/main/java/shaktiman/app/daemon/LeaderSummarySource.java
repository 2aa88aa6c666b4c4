package shaktiman.app.daemon;

import java.nio.file.Path;
import shaktiman.app.mcp.SummarySource;
import shaktiman.core.index.live.IndexActivity;
import shaktiman.core.port.IndexStore;
import shaktiman.core.tools.EmbeddingStatus;
import shaktiman.core.tools.IndexState;
import shaktiman.core.tools.IndexStatus;
import shaktiman.core.tools.ScanProgress;

/**
 * The leader's index facts for {@code summary} (MCP-38): the store's committed counts and the live index's activity —
 * {@code scanning} with progress while any scan runs (the startup scan from the moment P is bound, MI-10), {@code
 * error} after a scan that failed, {@code ready} otherwise — with the watcher's state and the stale count.
 */
final class LeaderSummarySource implements SummarySource {
    private final Path root;
    private final IndexStore store;
    private final StartingLiveIndex live;

    LeaderSummarySource(Path root, IndexStore store, StartingLiveIndex live) {
        this.root = root;
        this.store = store;
        this.live = live;
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
                // MI-11: answers must not depend on which process gives them, and the live index only knows the
                // changes of its own lifetime; the store does not expose a last-change time yet, so none is reported.
                null,
                EmbeddingStatus.disabled(),
                activity.watcher());
    }
}
