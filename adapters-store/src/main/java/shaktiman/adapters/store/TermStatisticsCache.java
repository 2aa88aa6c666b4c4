package shaktiman.adapters.store;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The chunk count and the terms' document frequencies ({@link FullTextQueries#termStatistics}) read at one even {@link
 * SqliteIndexWriter#sequence commit sequence}, at most {@link #MAX_TERMS} terms, least recently used out. Entries of an
 * older sequence are never served: the first entries stored at a newer one drop them all. Thread-safe.
 */
final class TermStatisticsCache {
    static final int MAX_TERMS = 1 << 16;

    private final LinkedHashMap<String, Long> frequencies = new LinkedHashMap<>(64, 0.75f, true);
    private long sequence = -1; // guarded by this
    private long chunkCount = -1; // guarded by this; -1 when not read at this sequence

    /** The chunk count read at {@code sequence}, if any. */
    synchronized OptionalLong chunkCount(long sequence) {
        return sequence == this.sequence && chunkCount >= 0 ? OptionalLong.of(chunkCount) : OptionalLong.empty();
    }

    /** The term's document frequency read at {@code sequence}, or null. */
    synchronized Long frequency(long sequence, String term) {
        return sequence == this.sequence ? frequencies.get(term) : null;
    }

    /** Keeps figures read at {@code sequence}; ignored when newer ones are held. */
    synchronized void put(long sequence, long chunks, Map<String, Long> read) {
        if (sequence < this.sequence) {
            return;
        }
        if (sequence > this.sequence) {
            frequencies.clear();
            this.sequence = sequence;
        }
        chunkCount = chunks;
        frequencies.putAll(read);
        Iterator<Map.Entry<String, Long>> eldest = frequencies.entrySet().iterator();
        while (frequencies.size() > MAX_TERMS) {
            eldest.next();
            eldest.remove();
        }
    }
}
