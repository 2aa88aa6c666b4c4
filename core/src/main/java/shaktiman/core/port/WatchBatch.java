package shaktiman.core.port;

import java.util.List;
import java.util.Objects;

/** One delivery of a {@link Watcher}: changed paths, a request to rescan, or the watcher's last word. */
public sealed interface WatchBatch {

    /**
     * Paths that changed, each once, in the order they first changed.
     *
     * @param paths root-relative, {@code /}-separated, never empty; a path may name a file or a directory, existing
     *     or not
     */
    record Changes(List<String> paths) implements WatchBatch {
        public Changes {
            paths = List.copyOf(paths);
            if (paths.isEmpty()) {
                throw new IllegalArgumentException("a change batch needs at least one path");
            }
        }
    }

    /**
     * Events were lost or too many paths waited, so the receiver must reconcile the whole tree (IX-11).
     *
     * @param reason why, for the log
     */
    record RescanNeeded(String reason) implements WatchBatch {
        public RescanNeeded {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Watching stopped for good; the receiver falls back to periodic reconciliation (IX-62). Always the last batch.
     *
     * @param error why, with a message fit for a WARN record
     */
    record Failed(WatcherException error) implements WatchBatch {
        public Failed {
            Objects.requireNonNull(error, "error");
        }
    }
}
