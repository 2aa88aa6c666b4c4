package shaktiman.app.metrics;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * Counts the records a full queue dropped (MCP-48) and says when a WARN is due: at the first drop, then at most once
 * per interval. Thread-safe.
 */
final class DropCounter {
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private long dropped; // guarded by this
    private long warnedAt; // guarded by this; valid once warned
    private boolean warned; // guarded by this

    DropCounter(Duration interval, LongSupplier nanoTime) {
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Counts one dropped record; returns the total dropped so far when a WARN is due now, empty otherwise. */
    synchronized OptionalLong drop() {
        dropped++;
        long now = nanoTime.getAsLong();
        if (warned && now - warnedAt < intervalNanos) {
            return OptionalLong.empty();
        }
        warned = true;
        warnedAt = now;
        return OptionalLong.of(dropped);
    }

    /** The records dropped so far. */
    synchronized long dropped() {
        return dropped;
    }
}
