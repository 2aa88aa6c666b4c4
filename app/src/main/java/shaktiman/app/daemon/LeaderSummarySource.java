package shaktiman.app.daemon;

import java.nio.file.Path;
import shaktiman.app.mcp.SummarySource;
import shaktiman.core.port.IndexStore;
import shaktiman.core.tools.EmbeddingStatus;
import shaktiman.core.tools.IndexState;
import shaktiman.core.tools.IndexStatus;
import shaktiman.core.tools.WatcherState;

/**
 * The leader's index facts for {@code summary}. Until the indexer lands there is no scan and no watcher, so the state
 * is {@code ready}, the watcher {@code disabled} and the counts are the store's, honestly zero for a fresh index.
 */
final class LeaderSummarySource implements SummarySource {
    private final Path root;
    private final IndexStore store;

    LeaderSummarySource(Path root, IndexStore store) {
        this.root = root;
        this.store = store;
    }

    @Override
    public IndexStatus indexStatus() {
        return new IndexStatus(
                root.toString(),
                store.counts(),
                IndexState.READY,
                null,
                0,
                null,
                EmbeddingStatus.disabled(),
                WatcherState.DISABLED);
    }
}
