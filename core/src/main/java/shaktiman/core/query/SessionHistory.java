package shaktiman.core.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One MCP session's ranking history (MCP-43, MCP-5): what the session was shown, keyed by path plus qualified name
 * (path plus {@code @<start_line>} for chunks without a symbol), at most {@value #CAPACITY} entries, the least recently
 * hit evicted first. Its value for an entry is MCP-41's session signal, {@code recency × frequency × decay}, with ages
 * in whole minutes by the injected clock.
 *
 * <p>Thread-safe: reads and each call's record step run under the instance's lock, so one call's record (which also
 * advances the decay count) is atomic. Callers read before they record, so no call boosts its own results. The CLI
 * uses {@link #none()}, whose value is always a computed 0 (the signal stays available).
 */
public final class SessionHistory {
    /** The most entries a session keeps. */
    public static final int CAPACITY = 2_000;

    /** An entry key: the file path and the qualified name, or {@code @<start_line>} for a chunk without a symbol. */
    public record Key(String path, String name) {
        public Key {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(name, "name");
        }

        /** The key of a chunk or hit: its qualified name when it has one, else its start line. */
        public static Key of(String path, String qualifiedName, int startLine) {
            return new Key(path, qualifiedName.isEmpty() ? "@" + startLine : qualifiedName);
        }
    }

    private record Entry(Instant lastReturned, long hits, long callAtReturn) {}

    private final Clock clock;
    private final boolean recording;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, false);
    private long calls;

    private SessionHistory(Clock clock, boolean recording) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.recording = recording;
    }

    /** An empty history for a new MCP session. */
    public static SessionHistory create(Clock clock) {
        return new SessionHistory(clock, true);
    }

    /** The history of the CLI: it remembers nothing, so every session value is 0. */
    public static SessionHistory none() {
        return new SessionHistory(Clock.systemUTC(), false);
    }

    /** The session signal of each key, 0 for keys with no entry (read before {@link #record}). */
    public synchronized Map<Key, Double> values(Collection<Key> keys) {
        Instant now = clock.instant();
        Map<Key, Double> values = new HashMap<>();
        for (Key key : keys) {
            Entry entry = entries.get(key);
            values.put(key, entry == null ? 0.0 : value(entry, now));
        }
        return values;
    }

    private double value(Entry entry, Instant now) {
        long minutes = Math.max(0, Duration.between(entry.lastReturned(), now).toMinutes());
        double recency = Math.pow(2, -minutes / 10.0);
        double frequency = Math.min(1.0, log2(1 + entry.hits()) / 4.0);
        double decay = Math.pow(0.9, calls - entry.callAtReturn());
        return recency * frequency * decay;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /**
     * Records one finished search or context call that showed {@code shown}: the call count advances (MCP-41's q) and
     * every shown key gets a hit at the current time, in one atomic step. A cancelled call records nothing.
     */
    public synchronized void record(Collection<Key> shown) {
        if (!recording) {
            return;
        }
        calls++;
        Instant now = clock.instant();
        for (Key key : shown) {
            Entry old = entries.remove(key);
            entries.put(key, new Entry(now, old == null ? 1 : old.hits() + 1, calls));
        }
        while (entries.size() > CAPACITY) {
            entries.remove(entries.firstEntry().getKey());
        }
    }

    /** The number of entries held. */
    public synchronized int size() {
        return entries.size();
    }
}
