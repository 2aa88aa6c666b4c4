package shaktiman.core.port;

import java.util.OptionalLong;

/**
 * The exclusive, inter-process lock on one lock file ({@code .shaktiman/daemon.pid}) that decides who leads a project.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>An instance is bound to one file and opens exactly one read-write descriptor on it, for its whole life; the
 *       file is created with mode 0600 when missing. The lock is owned by the process: the kernel frees it when the
 *       process dies, SIGKILL included.
 *   <li>{@link #tryAcquire()} never blocks. A lock held by another process is {@link LockAttempt.Held}, never an
 *       exception; an I/O error is {@link LockAttempt.Failed} and is never to be treated as held.
 *   <li>{@link #acquire()} blocks the calling thread until the lock is granted or fails. It is meant for one dedicated
 *       platform thread (the lock waiter); at most one acquire or tryAcquire may be outstanding at a time. It is not
 *       interruptible; {@link #close()} from another thread ends the wait with {@link LockAttempt.Failed}.
 *   <li>Acquiring when this instance already holds the lock returns {@link LockAttempt.Acquired} at once.
 *   <li>{@link #writeHolderPid(long)} is only valid while holding the lock; it truncates the file, writes {@code
 *       <pid>\n} and forces it to disk.
 *   <li>{@link #release()} is idempotent. It never deletes or empties the file, so the file keeps naming the last
 *       holder.
 *   <li>Methods are thread-safe. After {@link #close()} (idempotent, releases the lock) every other method throws
 *       {@link LockException} saying the lock is closed.
 * </ul>
 */
public interface LockPort extends AutoCloseable {

    /** Tries to take the lock without blocking. */
    LockAttempt tryAcquire();

    /** Blocks until the lock is granted, or the attempt fails (I/O error, or {@link #close()} from another thread). */
    LockAttempt acquire();

    /** Whether this instance holds the lock now. */
    boolean isHeld();

    /**
     * Records the holder: truncates the file, writes {@code <pid>\n}, forces it.
     *
     * @throws LockException if the lock is not held or the write fails
     */
    void writeHolderPid(long pid);

    /**
     * Reads the pid the file names, through this instance's descriptor. An empty or garbled file gives empty.
     *
     * @throws LockException on an I/O error
     */
    OptionalLong readHolderPid();

    /** Releases the lock if held; idempotent. The file and its content stay. */
    void release();

    /** Releases the lock and closes the descriptor; idempotent. */
    @Override
    void close();
}
