package shaktiman.testkit.fake;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import shaktiman.core.port.LockAttempt;
import shaktiman.core.port.LockException;

/**
 * The kernel's lock table for {@link InMemoryLock}s: locks opened from one registry on the same file contend like two
 * processes would, and locks from different registries never see each other.
 */
public final class InMemoryLockRegistry {

    private final ReentrantLock guard = new ReentrantLock();
    private final Condition released = guard.newCondition();
    // Guarded by guard.
    private final Map<Path, InMemoryLock> holders = new HashMap<>();
    private final Map<Path, String> failures = new HashMap<>();

    /** An empty lock table: nothing is held and no attempt fails. */
    public InMemoryLockRegistry() {}

    /** Opens a lock on {@code lockFile}, creating the file with mode 0600 when missing, as the real adapter does. */
    public InMemoryLock open(Path lockFile) {
        return new InMemoryLock(this, lockFile);
    }

    /** Makes every later attempt on {@code lockFile} end in {@link LockAttempt.Failed} with {@code reason}. */
    public void failAttempts(Path lockFile, String reason) {
        guard.lock();
        try {
            failures.put(key(lockFile), reason);
        } finally {
            guard.unlock();
        }
    }

    /** Undoes {@link #failAttempts(Path, String)} for {@code lockFile}. */
    public void stopFailing(Path lockFile) {
        guard.lock();
        try {
            failures.remove(key(lockFile));
        } finally {
            guard.unlock();
        }
    }

    LockAttempt tryAcquire(InMemoryLock lock) {
        guard.lock();
        try {
            ensureOpen(lock);
            return attempt(lock);
        } finally {
            guard.unlock();
        }
    }

    LockAttempt acquire(InMemoryLock lock) {
        guard.lock();
        boolean interrupted = false;
        try {
            ensureOpen(lock);
            LockAttempt attempt = attempt(lock);
            while (attempt instanceof LockAttempt.Held) {
                try {
                    released.await();
                } catch (InterruptedException e) {
                    // The port's acquire is not interruptible: keep waiting, hand the flag back at the end.
                    interrupted = true;
                }
                attempt = lock.closed
                        ? new LockAttempt.Failed(
                                "cannot lock " + lock.file() + ": the lock was closed while waiting for it")
                        : attempt(lock);
            }
            return attempt;
        } finally {
            guard.unlock();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    boolean isHeld(InMemoryLock lock) {
        guard.lock();
        try {
            ensureOpen(lock);
            return holders.get(lock.key()) == lock;
        } finally {
            guard.unlock();
        }
    }

    /** Runs {@code action} while {@code lock} is open, holding the registry's guard so that nothing changes meanwhile. */
    <T> T whileOpen(InMemoryLock lock, Supplier<T> action) {
        guard.lock();
        try {
            ensureOpen(lock);
            return action.get();
        } finally {
            guard.unlock();
        }
    }

    void release(InMemoryLock lock) {
        guard.lock();
        try {
            ensureOpen(lock);
            releaseGuarded(lock);
        } finally {
            guard.unlock();
        }
    }

    void close(InMemoryLock lock) {
        guard.lock();
        try {
            lock.closed = true;
            releaseGuarded(lock);
            // Wakes the closed lock's own waiter too, which then ends with Failed.
            released.signalAll();
        } finally {
            guard.unlock();
        }
    }

    static Path key(Path lockFile) {
        return lockFile.toAbsolutePath().normalize();
    }

    private LockAttempt attempt(InMemoryLock lock) {
        String failure = failures.get(lock.key());
        if (failure != null) {
            return new LockAttempt.Failed("cannot lock " + lock.file() + ": " + failure);
        }
        InMemoryLock holder = holders.putIfAbsent(lock.key(), lock);
        return holder == null || holder == lock ? new LockAttempt.Acquired() : new LockAttempt.Held();
    }

    private void releaseGuarded(InMemoryLock lock) {
        if (holders.remove(lock.key(), lock)) {
            released.signalAll();
        }
    }

    private static void ensureOpen(InMemoryLock lock) {
        if (lock.closed) {
            throw new LockException("lock on " + lock.file() + " is closed");
        }
    }
}
