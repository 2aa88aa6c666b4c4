package shaktiman.app.it;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls a condition until it holds or a deadline passes; the only way the ITs wait for another process. */
final class Await {

    /** Short enough to notice a change quickly, long enough not to spin a core of a 2-core CI machine. */
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private Await() {}

    /** Waits until {@code condition} holds; fails naming {@code description} and the deadline when it does not. */
    static void until(Duration deadline, BooleanSupplier condition, String description) {
        value(deadline, () -> condition.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty(), description);
    }

    /** Waits until {@code probe} yields a value and returns it; fails naming {@code description} otherwise. */
    static <T> T value(Duration deadline, Supplier<Optional<T>> probe, String description) {
        long end = System.nanoTime() + deadline.toNanos();
        while (true) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() - end >= 0) {
                throw new AssertionError("timed out after " + deadline.toMillis() + " ms waiting for: " + description);
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new AssertionError("interrupted while waiting for: " + description);
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }
}
