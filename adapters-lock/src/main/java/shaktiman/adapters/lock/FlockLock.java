package shaktiman.adapters.lock;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import shaktiman.core.port.LockAttempt;
import shaktiman.core.port.LockException;
import shaktiman.core.port.LockPort;

/**
 * Implements {@link LockPort} with {@code flock(2)}, called through the FFM API on the one descriptor this instance
 * opens in its constructor.
 *
 * <p>{@code flock} locks belong to the open file description, so two instances in one JVM contend like two processes,
 * and opening or closing other descriptors on the file (a reader, {@code Files.readString}) never drops the lock, as
 * it would with {@code fcntl} locks. The descriptor is opened with {@code O_CLOEXEC}, so a child process never
 * inherits the lock.
 *
 * <p>{@link #acquire()} does not block inside {@code flock}: it retries the non-blocking lock every 50 ms and waits in
 * between on a latch that {@link #close()} opens. Closing a descriptor does not wake a thread blocked in {@code flock},
 * and waking it with a signal would need a handler installed in the JVM; polling needs neither, never pins a virtual
 * thread's carrier, and costs at most 50 ms of extra latency when the holder lets go (no FIFO fairness among waiters,
 * which the daemon does not need).
 *
 * <p>Needs native access at run time: {@code --enable-native-access=shaktiman.adapters.lock} on the module path
 * ({@code ALL-UNNAMED} on the class path).
 */
public final class FlockLock implements LockPort {

    private static final long POLL_MILLIS = 50;
    // A valid pid line is at most 20 bytes; reading one more tells a longer (garbled) file apart.
    private static final int MAX_PID_FILE_BYTES = 32;
    private static final Pattern PID_LINE = Pattern.compile("[0-9]{1,18}\n?");

    private final Path file;
    private final Libc.Constants os;
    private final int fd;
    private final ReentrantLock guard = new ReentrantLock();
    private final CountDownLatch closing = new CountDownLatch(1);
    // Guarded by guard.
    private boolean held;
    private boolean closed;

    /**
     * Opens (creating with mode 0600 when missing) the descriptor this instance locks through for its whole life.
     *
     * @throws LockException naming the file and the OS reason if it cannot be opened
     */
    public FlockLock(Path lockFile) {
        this.file = Objects.requireNonNull(lockFile, "lockFile");
        this.os = Libc.Constants.forCurrentOs();
        this.fd = openDescriptor();
    }

    @Override
    public LockAttempt tryAcquire() {
        guard.lock();
        try {
            ensureOpen();
            return tryLockHeldGuard();
        } finally {
            guard.unlock();
        }
    }

    @Override
    public LockAttempt acquire() {
        LockAttempt attempt = tryAcquire();
        boolean interrupted = false;
        try {
            while (attempt instanceof LockAttempt.Held) {
                try {
                    if (closing.await(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                        return closedWhileWaiting();
                    }
                } catch (InterruptedException e) {
                    // The contract makes acquire uninterruptible (MI-23): keep waiting, hand the flag back at the end.
                    interrupted = true;
                }
                attempt = retryWhileWaiting();
            }
            return attempt;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isHeld() {
        guard.lock();
        try {
            ensureOpen();
            return held;
        } finally {
            guard.unlock();
        }
    }

    @Override
    public void writeHolderPid(long pid) {
        byte[] line = (pid + "\n").getBytes(US_ASCII);
        guard.lock();
        try {
            ensureOpen();
            if (!held) {
                throw new LockException(
                        "cannot write holder pid to " + file + ": this instance does not hold the lock");
            }
            check(retryOnInterrupt(() -> Libc.ftruncate(fd, 0)), "truncate");
            int written = 0;
            while (written < line.length) {
                byte[] rest = Arrays.copyOfRange(line, written, line.length);
                long offset = written;
                Libc.Result result =
                        check(retryOnInterrupt(() -> Libc.pwrite(fd, rest, offset)), "write holder pid to");
                if (result.value() == 0) {
                    throw new LockException("cannot write holder pid to lock file " + file + ": pwrite wrote nothing");
                }
                written += (int) result.value();
            }
            check(retryOnInterrupt(() -> Libc.fsync(fd)), "fsync");
        } finally {
            guard.unlock();
        }
    }

    @Override
    public OptionalLong readHolderPid() {
        byte[] content = new byte[MAX_PID_FILE_BYTES];
        int length = 0;
        guard.lock();
        try {
            ensureOpen();
            while (length < content.length) {
                byte[] chunk = new byte[content.length - length];
                long offset = length;
                Libc.Result result =
                        check(retryOnInterrupt(() -> Libc.pread(fd, chunk, offset)), "read holder pid from");
                if (result.value() == 0) {
                    break;
                }
                System.arraycopy(chunk, 0, content, length, (int) result.value());
                length += (int) result.value();
            }
        } finally {
            guard.unlock();
        }
        return parsePid(new String(content, 0, length, US_ASCII));
    }

    @Override
    public void release() {
        guard.lock();
        try {
            ensureOpen();
            unlockHeldGuard();
        } finally {
            guard.unlock();
        }
    }

    @Override
    public void close() {
        guard.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            closing.countDown();
            LockException failure = null;
            if (held) {
                held = false;
                Libc.Result unlocked = retryOnInterrupt(() -> Libc.flock(fd, Libc.Constants.LOCK_UN));
                if (unlocked.failed()) {
                    failure = failure(unlocked, "unlock");
                }
            }
            // Closing the descriptor frees the lock even when LOCK_UN failed. close(2) is never retried on EINTR:
            // on Linux the descriptor is gone either way.
            Libc.Result closedFd = Libc.close(fd);
            if (closedFd.failed()) {
                LockException closeFailure = failure(closedFd, "close");
                if (failure == null) {
                    failure = closeFailure;
                } else {
                    failure.addSuppressed(closeFailure);
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            guard.unlock();
        }
    }

    @Override
    public String toString() {
        return "FlockLock[" + file + "]";
    }

    static OptionalLong parsePid(String content) {
        if (!PID_LINE.matcher(content).matches()) {
            return OptionalLong.empty();
        }
        long pid = Long.parseLong(content.strip());
        return pid > 0 ? OptionalLong.of(pid) : OptionalLong.empty();
    }

    private int openDescriptor() {
        String path = file.toString();
        int flags = os.oRdwr() | os.oCloexec();
        while (true) {
            Libc.Result existing = Libc.open(path, flags, 0);
            if (!existing.failed()) {
                return (int) existing.value();
            }
            if (existing.errno() == os.eintr()) {
                continue;
            }
            if (existing.errno() != os.enoent()) {
                throw cannotOpen(existing.errno());
            }
            // O_EXCL tells us that this call created the file, so only a file we created gets its mode set.
            Libc.Result created = Libc.open(path, flags | os.oCreat() | os.oExcl(), 0600);
            if (!created.failed()) {
                int newFd = (int) created.value();
                restrictToOwner(newFd);
                return newFd;
            }
            if (created.errno() != os.eexist() && created.errno() != os.eintr()) {
                throw cannotOpen(created.errno());
            }
            // Another process created it between our two opens: open the existing file.
        }
    }

    private void restrictToOwner(int newFd) {
        try {
            // Applied explicitly: the umask may have taken bits from the 0600 passed to open (MI-1).
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            LockException failure = new LockException("cannot set mode 0600 on lock file " + file + ": " + e, e);
            Libc.Result closedFd = Libc.close(newFd);
            if (closedFd.failed()) {
                failure.addSuppressed(
                        new LockException("cannot close lock file " + file + ": " + Libc.describe(closedFd.errno())));
            }
            throw failure;
        }
    }

    private LockAttempt tryLockHeldGuard() {
        if (held) {
            return new LockAttempt.Acquired();
        }
        Libc.Result result = retryOnInterrupt(() -> Libc.flock(fd, Libc.Constants.LOCK_EX | Libc.Constants.LOCK_NB));
        if (!result.failed()) {
            held = true;
            return new LockAttempt.Acquired();
        }
        if (result.errno() == os.ewouldblock()) {
            return new LockAttempt.Held();
        }
        return new LockAttempt.Failed("cannot lock " + file + ": " + Libc.describe(result.errno()));
    }

    private LockAttempt retryWhileWaiting() {
        guard.lock();
        try {
            return closed ? closedWhileWaiting() : tryLockHeldGuard();
        } finally {
            guard.unlock();
        }
    }

    private LockAttempt closedWhileWaiting() {
        return new LockAttempt.Failed("cannot lock " + file + ": the lock was closed while waiting for it");
    }

    private void unlockHeldGuard() {
        if (!held) {
            return;
        }
        check(retryOnInterrupt(() -> Libc.flock(fd, Libc.Constants.LOCK_UN)), "unlock");
        held = false;
    }

    private Libc.Result retryOnInterrupt(Supplier<Libc.Result> call) {
        Libc.Result result = call.get();
        while (result.failed() && result.errno() == os.eintr()) {
            result = call.get();
        }
        return result;
    }

    private Libc.Result check(Libc.Result result, String operation) {
        if (result.failed()) {
            throw failure(result, operation);
        }
        return result;
    }

    private LockException failure(Libc.Result result, String operation) {
        return new LockException("cannot " + operation + " lock file " + file + ": " + Libc.describe(result.errno()));
    }

    private void ensureOpen() {
        if (closed) {
            throw new LockException("lock on " + file + " is closed");
        }
    }

    private LockException cannotOpen(int errno) {
        return new LockException("cannot open lock file " + file + ": " + Libc.describe(errno));
    }
}
