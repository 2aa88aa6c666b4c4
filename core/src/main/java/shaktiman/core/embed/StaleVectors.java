package shaktiman.core.embed;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import shaktiman.core.port.VectorStore;
import shaktiman.core.port.VectorStoreException;

/**
 * Deletes the vectors of chunks a commit removed, right after that commit (IX-54). Ids whose deletion failed stay
 * pending and are retried with the next commit; {@link #pending()} is MCP-39's {@code stale_vectors}. If the process
 * dies first, startup reconciliation (IX-55) deletes them. Thread-safe.
 */
public final class StaleVectors {
    private static final System.Logger LOG = System.getLogger(StaleVectors.class.getName());

    private final VectorStore store;
    private final TreeSet<Long> pending = new TreeSet<>(); // guarded by this

    /** Deletes from {@code store}. */
    public StaleVectors(VectorStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Deletes the vectors of {@code removedChunkIds}, and any still pending from earlier commits. */
    public void removed(Collection<Long> removedChunkIds) {
        List<Long> ids;
        synchronized (this) {
            pending.addAll(removedChunkIds);
            if (pending.isEmpty()) {
                return;
            }
            ids = new ArrayList<>(pending);
        }
        try {
            store.delete(ids);
            synchronized (this) {
                ids.forEach(pending::remove);
            }
        } catch (VectorStoreException e) {
            // Recovered: the ids stay pending (reported as stale_vectors) and are retried after the next commit;
            // reconciliation at the next start deletes them at the latest.
            LOG.log(Level.WARNING, "cannot delete " + ids.size() + " stale vectors; retrying after the next commit", e);
        }
    }

    /** Vectors of removed chunks not yet deleted. */
    public synchronized int pending() {
        return pending.size();
    }
}
