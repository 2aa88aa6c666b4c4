package shaktiman.core.embed;

import java.time.Duration;

/** When a chunk whose embedding failed is due again (IX-53): {@code min(1 h, 30 s × 2^(attempts − 1))}. */
public final class RetryBackoff {
    /** The delay after the first failure. */
    public static final Duration FIRST = Duration.ofSeconds(30);

    /** The longest delay. */
    public static final Duration MAX = Duration.ofHours(1);

    private RetryBackoff() {}

    /** The delay after the {@code attempts}-th failed attempt (1 or more). */
    public static Duration after(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1; got " + attempts);
        }
        // 30 s × 2^7 already exceeds an hour, so the shift never overflows.
        int doublings = Math.min(attempts - 1, 7);
        Duration delay = FIRST.multipliedBy(1L << doublings);
        return delay.compareTo(MAX) > 0 ? MAX : delay;
    }
}
