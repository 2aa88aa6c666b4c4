package shaktiman.core.index.live;

import java.util.Objects;
import shaktiman.core.tools.WatcherState;

/**
 * What the live index is doing at one moment, for {@code summary} (MCP-38) and the MI-10 notice.
 *
 * @param scanning whether a scan runs (the startup scan from construction until it has applied the changes queued
 *     during it, MI-10)
 * @param filesDone files of the running scan whose batch has committed (0 when none runs)
 * @param filesTotal files the running scan's walk has accepted so far (0 when none runs)
 * @param fullIndexCompleted whether a full index has completed for the current fingerprint (IX-41)
 * @param staleFiles files known to differ from the index and not yet written (IX-66): paths of delivered batches queued
 *     or being applied, and files a running scan parsed and has not yet committed. The watcher's debounce map is left
 *     out: it also holds paths the index never takes (the state directory's own writes), for at most 2 s
 * @param watcher running, failed or disabled
 * @param failed whether the last scan stopped on an error it could not recover from ({@code index_state: error})
 */
public record IndexActivity(
        boolean scanning,
        long filesDone,
        long filesTotal,
        boolean fullIndexCompleted,
        long staleFiles,
        WatcherState watcher,
        boolean failed) {

    public IndexActivity {
        Objects.requireNonNull(watcher, "watcher");
        if (filesDone < 0 || filesTotal < 0 || staleFiles < 0) {
            throw new IllegalArgumentException("counts must not be negative; got done " + filesDone + ", total "
                    + filesTotal + ", stale " + staleFiles);
        }
    }
}
