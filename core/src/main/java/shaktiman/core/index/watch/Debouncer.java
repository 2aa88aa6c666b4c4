package shaktiman.core.index.watch;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SequencedSet;
import shaktiman.core.port.WatchBatch;

/**
 * The debounce map of IX-63 as a pure state machine: callers pass the time, so tests drive it with any clock.
 *
 * <p>Paths collect until no event arrived for {@code quiet}, or until the oldest has waited {@code maxAge}; then
 * {@link #poll(long)} hands them out as one batch. Past {@code maxPaths} distinct paths, or on a rescan request, the
 * paths collapse into one {@link WatchBatch.RescanNeeded}, which covers every path that arrives until it is handed
 * out. Times are {@link System#nanoTime()}-style nanoseconds. Not thread-safe: one owner guards it.
 */
public final class Debouncer {

    /** IX-63: a batch never waits longer than this for the events to go quiet. */
    public static final Duration MAX_AGE = Duration.ofSeconds(2);

    /** IX-63: the map holds up to this many paths; one more collapses it into a rescan. */
    public static final int MAX_PATHS = 100_000;

    private final long quietNanos;
    private final long maxAgeNanos;
    private final int maxPaths;
    private final SequencedSet<String> paths = new LinkedHashSet<>();
    private String rescanReason;
    private long firstAt;
    private long lastAt;

    /** A debouncer with IX-63's age and size limits. */
    public Debouncer(Duration quiet) {
        this(quiet, MAX_AGE, MAX_PATHS);
    }

    /**
     * @param quiet how long no event must arrive before a batch is due ({@code watcher.debounce_ms})
     * @param maxAge how long the oldest waiting path may wait at most; it wins over a longer {@code quiet}
     * @param maxPaths how many distinct paths may wait before they collapse into a rescan
     */
    public Debouncer(Duration quiet, Duration maxAge, int maxPaths) {
        if (!quiet.isPositive() || !maxAge.isPositive() || maxPaths < 1) {
            throw new IllegalArgumentException(
                    "debounce needs a positive quiet interval and maximum age and maxPaths >= 1," + " got quiet="
                            + quiet + " maxAge=" + maxAge + " maxPaths=" + maxPaths);
        }
        this.quietNanos = quiet.toNanos();
        this.maxAgeNanos = maxAge.toNanos();
        this.maxPaths = maxPaths;
    }

    /** Records that {@code path} (root-relative) changed at {@code now}. */
    public void changed(String path, long now) {
        touch(now);
        if (rescanReason != null || paths.contains(path)) {
            return;
        }
        if (paths.size() == maxPaths) {
            paths.clear();
            rescanReason = "more than " + maxPaths + " changed paths waited to be indexed";
            return;
        }
        paths.add(path);
    }

    /** Records that events were lost at {@code now}: the waiting paths collapse into a rescan. */
    public void rescan(String reason, long now) {
        touch(now);
        if (rescanReason == null) {
            rescanReason = reason;
            paths.clear();
        }
    }

    /** How many paths wait; a pending rescan counts as none, since it names no path. */
    public int pending() {
        return paths.size();
    }

    /** When the waiting batch is due, or empty when nothing waits. */
    public OptionalLong dueAt() {
        if (isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.min(lastAt + quietNanos, firstAt + maxAgeNanos));
    }

    /** Hands out the waiting batch if it is due at {@code now}, and empties the map. */
    public Optional<WatchBatch> poll(long now) {
        OptionalLong due = dueAt();
        if (due.isEmpty() || now - due.getAsLong() < 0) {
            return Optional.empty();
        }
        return drain();
    }

    /** Hands out whatever waits, due or not, and empties the map. */
    public Optional<WatchBatch> drain() {
        if (isEmpty()) {
            return Optional.empty();
        }
        WatchBatch batch = rescanReason != null
                ? new WatchBatch.RescanNeeded(rescanReason)
                : new WatchBatch.Changes(paths.stream().toList());
        paths.clear();
        rescanReason = null;
        return Optional.of(batch);
    }

    private boolean isEmpty() {
        return rescanReason == null && paths.isEmpty();
    }

    private void touch(long now) {
        if (isEmpty()) {
            firstAt = now;
        }
        lastAt = now;
    }
}
