package shaktiman.core.daemon;

/**
 * The retry schedule of a process waiting for a leader (MI-22, MI-27): 50, 100, 200, 400, 800 ms, then 1 s for every
 * further attempt.
 */
public final class Backoff {
    private static final long[] STEPS_MS = {50, 100, 200, 400, 800};
    private static final long CEILING_MS = 1000;

    private int attempt;

    /** A schedule at its first step. */
    public Backoff() {}

    /** The pause before the next attempt, advancing the schedule. */
    public long nextDelayMillis() {
        long delay = attempt < STEPS_MS.length ? STEPS_MS[attempt] : CEILING_MS;
        attempt++;
        return delay;
    }
}
