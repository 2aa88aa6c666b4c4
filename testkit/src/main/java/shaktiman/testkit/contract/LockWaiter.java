package shaktiman.testkit.contract;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import shaktiman.core.port.LockAttempt;
import shaktiman.core.port.LockPort;
import shaktiman.testkit.Await;

/**
 * Calls {@link LockPort#acquire()} on a dedicated platform thread, as the daemon's lock waiter does, and lets a test
 * see when that call is waiting and how it ended.
 */
public final class LockWaiter {

    private final LockPort lock;
    private final Thread thread;
    private final CompletableFuture<LockAttempt> result = new CompletableFuture<>();

    private LockWaiter(LockPort lock, String name) {
        this.lock = lock;
        this.thread = Thread.ofPlatform().name(name).unstarted(this::run);
    }

    /** Starts a platform thread named {@code name} that calls {@code lock.acquire()} once. */
    public static LockWaiter start(LockPort lock, String name) {
        LockWaiter waiter = new LockWaiter(lock, name);
        waiter.thread.start();
        return waiter;
    }

    /** The outcome of the acquire call; completed exceptionally if it threw. */
    public CompletableFuture<LockAttempt> result() {
        return result;
    }

    /** The thread calling acquire. */
    public Thread thread() {
        return thread;
    }

    /**
     * Returns once the thread is parked inside the subject's {@code acquire} with no interrupt pending: the observable
     * sign that acquire is waiting, rather than about to start or already done. Fails if acquire returns instead, or
     * at the deadline.
     */
    public void awaitWaiting(Duration deadline) {
        String subject = lock.getClass().getName();
        Await.until("acquire() on " + lock + " to wait", deadline, () -> {
            if (result.isDone()) {
                throw new AssertionError("acquire() on " + lock + " returned instead of waiting: " + result);
            }
            Thread.State state = thread.getState();
            boolean parked = state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
            return parked
                    && !thread.isInterrupted()
                    && Arrays.stream(thread.getStackTrace())
                            .anyMatch(frame -> frame.getClassName().equals(subject)
                                    && frame.getMethodName().equals("acquire"));
        });
    }

    /** Waits up to {@code deadline} for the thread to end; true if it has. */
    public boolean join(Duration deadline) throws InterruptedException {
        return thread.join(deadline);
    }

    private void run() {
        try {
            result.complete(lock.acquire());
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
        }
    }
}
