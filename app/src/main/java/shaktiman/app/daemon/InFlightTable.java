package shaktiman.app.daemon;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import shaktiman.app.protocol.JsonRpcId;

/**
 * The proxy's record of client requests awaiting an answer (MI-24): raw id token to raw request line, in arrival order.
 * Not thread-safe: the relay guards it with its own lock.
 */
final class InFlightTable {

    /** One request: its raw line, how many leaders it has been sent to, and when it was last sent (nanoTime). */
    static final class Entry {
        final JsonRpcId id;
        final byte[] line;
        int sends;
        long sentAtNanos;

        Entry(JsonRpcId id, byte[] line) {
            this.id = id;
            this.line = line;
        }
    }

    private final Map<JsonRpcId, Entry> byId = new LinkedHashMap<>();

    boolean contains(JsonRpcId id) {
        return byId.containsKey(id);
    }

    Entry add(JsonRpcId id, byte[] line) {
        Entry entry = new Entry(id, line);
        byId.put(id, entry);
        return entry;
    }

    Entry remove(JsonRpcId id) {
        return byId.remove(id);
    }

    Entry get(JsonRpcId id) {
        return byId.get(id);
    }

    boolean isEmpty() {
        return byId.isEmpty();
    }

    int size() {
        return byId.size();
    }

    /** The entries in arrival order, as a snapshot. */
    List<Entry> entries() {
        return new ArrayList<>(byId.values());
    }

    /** The oldest send time among entries already sent to a leader, or empty. */
    java.util.OptionalLong oldestSentAt() {
        long oldest = Long.MAX_VALUE;
        for (Entry entry : byId.values()) {
            if (entry.sends > 0 && entry.sentAtNanos < oldest) {
                oldest = entry.sentAtNanos;
            }
        }
        return oldest == Long.MAX_VALUE ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(oldest);
    }

    /** Removes and returns every entry. */
    List<Entry> drain() {
        List<Entry> all = entries();
        byId.clear();
        return all;
    }

    /** Removes and returns the entries already sent to a leader. */
    List<Entry> drainSent() {
        List<Entry> sent = new ArrayList<>();
        for (Iterator<Entry> it = byId.values().iterator(); it.hasNext(); ) {
            Entry entry = it.next();
            if (entry.sends > 0) {
                sent.add(entry);
                it.remove();
            }
        }
        return sent;
    }
}
