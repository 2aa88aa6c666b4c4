package shaktiman.core.embed;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import shaktiman.core.port.EmbeddingQueue;
import shaktiman.core.port.VectorStore;

/**
 * Startup reconciliation of vectors and chunks (IX-55), after the vectors are loaded and before embedding starts:
 * every vector whose id is no longer a chunk is deleted, and every chunk marked embedded whose vector the store lacks
 * is marked not embedded, so the worker embeds it again. Logged at INFO as {@code vectors reconciled}.
 */
public final class VectorReconciler {
    private static final System.Logger LOG = System.getLogger(VectorReconciler.class.getName());

    private final EmbeddingQueue queue;
    private final VectorStore store;

    /** Reconciles {@code store} with the chunks of {@code queue}. */
    public VectorReconciler(EmbeddingQueue queue, VectorStore store) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Runs one reconciliation. */
    public Reconciliation reconcile() {
        long[] chunkIds = queue.chunkIds();
        long[] vectorIds = store.ids();
        List<Long> orphans = missingFrom(vectorIds, chunkIds);
        if (!orphans.isEmpty()) {
            store.delete(orphans);
        }
        List<Long> unbacked = missingFrom(queue.embeddedChunkIds(), store.ids());
        int reset = unbacked.isEmpty() ? 0 : queue.resetEmbedded(unbacked);
        Reconciliation result = new Reconciliation(orphans.size(), reset);
        LOG.log(
                Level.INFO,
                "vectors reconciled: removed={0} reset={1} (vectors {2}, chunks {3})",
                result.removed(),
                result.reset(),
                store.count(),
                chunkIds.length);
        return result;
    }

    /** The values of {@code ids} absent from {@code present}; both ascending. */
    private static List<Long> missingFrom(long[] ids, long[] present) {
        long[] sorted = present;
        if (!isAscending(sorted)) {
            sorted = present.clone();
            Arrays.sort(sorted);
        }
        List<Long> missing = new ArrayList<>();
        for (long id : ids) {
            if (Arrays.binarySearch(sorted, id) < 0) {
                missing.add(id);
            }
        }
        return missing;
    }

    private static boolean isAscending(long[] values) {
        for (int i = 1; i < values.length; i++) {
            if (values[i - 1] > values[i]) {
                return false;
            }
        }
        return true;
    }
}
