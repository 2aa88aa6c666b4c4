package shaktiman.core.daemon;

import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import shaktiman.core.port.LockAttempt;
import shaktiman.core.port.LockPort;

/**
 * The one background thread that blocks on the daemon lock from the moment a process finds it held (MI-23). Callers
 * never try the lock themselves while it runs: they ask {@link #granted()}, so a process never has two lock requests on
 * the file at once.
 *
 * <p>It is a platform daemon thread because a blocking flock downcall pins a virtual thread's carrier; nothing
 * interrupts it, and it never delays exit.
 */
public final class LockWaiter {
    private static final System.Logger LOG = System.getLogger(LockWaiter.class.getName());

    private final CountDownLatch done = new CountDownLatch(1);
    private volatile LockAttempt outcome;

    private LockWaiter() {}

    /** Starts waiting on {@code lock}; {@code onGranted} runs on the waiter thread once the lock is ours. */
    public static LockWaiter start(LockPort lock, Runnable onGranted) {
        Objects.requireNonNull(lock, "lock");
        Objects.requireNonNull(onGranted, "onGranted");
        LockWaiter waiter = new LockWaiter();
        Thread.ofPlatform().name("lock-waiter").daemon(true).start(() -> waiter.await(lock, onGranted));
        return waiter;
    }

    private void await(LockPort lock, Runnable onGranted) {
        LockAttempt attempt = lock.acquire();
        outcome = attempt;
        done.countDown();
        switch (attempt) {
            case LockAttempt.Acquired acquired -> onGranted.run();
            case LockAttempt.Failed failed ->
                LOG.log(System.Logger.Level.ERROR, "acquire daemon lock: failed: " + failed.reason());
            case LockAttempt.Held held -> throw new AssertionError("a blocking acquire returned Held for " + lock);
        }
    }

    /** Whether the lock has been granted to this process. */
    public boolean granted() {
        return outcome instanceof LockAttempt.Acquired;
    }

    /** Waits up to {@code millis} for the waiter to finish; returns whether it has. */
    public boolean awaitOutcome(long millis) throws InterruptedException {
        return done.await(millis, TimeUnit.MILLISECONDS);
    }
}
