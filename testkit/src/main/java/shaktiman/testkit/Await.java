package shaktiman.testkit;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits in tests for a condition with a deadline, polling it, so that no test sleeps to synchronise. */
public final class Await {

    private static final Duration POLL = Duration.ofMillis(5);

    private Await() {}

    /**
     * Returns as soon as {@code condition} holds, or fails with an {@link AssertionError} naming {@code what} once
     * {@code deadline} has passed.
     */
    public static void until(String what, Duration deadline, BooleanSupplier condition) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - end > 0) {
                throw new AssertionError("timed out after " + deadline + " waiting for " + what);
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
    }
}
