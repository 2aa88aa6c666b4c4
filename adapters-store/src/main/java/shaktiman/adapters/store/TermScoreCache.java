package shaktiman.adapters.store;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@link TermScores} read at one even {@link SqliteIndexWriter#sequence commit sequence}, least recently used
 * first out once they hold more than {@link #MAX_ENTRIES} chunk scores (16 bytes each). Entries of an older sequence
 * are never served: the first entries stored at a newer one drop them all. Thread-safe.
 */
final class TermScoreCache {
    /** About 16 MiB: at 57,000 chunks, the 200 most common terms of a generated corpus hold 1.2 million matches. */
    static final int MAX_ENTRIES = 1 << 20;

    private final int maxEntries;
    private final LinkedHashMap<String, TermScores> terms = new LinkedHashMap<>(64, 0.75f, true);
    private long sequence = -1; // guarded by this
    private long entries; // guarded by this

    TermScoreCache() {
        this(MAX_ENTRIES);
    }

    TermScoreCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The term's scores read at {@code sequence}, or null. */
    synchronized TermScores get(long sequence, String term) {
        return sequence == this.sequence ? terms.get(term) : null;
    }

    /**
     * Keeps {@code read}, read at {@code sequence}; ignored when newer entries are held. A term with more matches than
     * the whole cache holds is not kept.
     */
    synchronized void putAll(long sequence, Map<String, TermScores> read) {
        if (sequence < this.sequence || read.isEmpty()) {
            return;
        }
        if (sequence > this.sequence) {
            terms.clear();
            entries = 0;
            this.sequence = sequence;
        }
        for (Map.Entry<String, TermScores> term : read.entrySet()) {
            int size = term.getValue().size();
            if (size > maxEntries) {
                continue;
            }
            TermScores old = terms.put(term.getKey(), term.getValue());
            entries += size - (old == null ? 0 : old.size());
        }
        Iterator<Map.Entry<String, TermScores>> eldest = terms.entrySet().iterator();
        while (entries > maxEntries) {
            entries -= eldest.next().getValue().size();
            eldest.remove();
        }
    }

    /** The number of chunk scores held. */
    synchronized long entries() {
        return entries;
    }
}
