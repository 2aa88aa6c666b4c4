package shaktiman.testkit.fake;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import shaktiman.core.port.LockAttempt;
import shaktiman.core.port.LockException;
import shaktiman.core.port.LockPort;

/**
 * A {@link LockPort} whose lock table lives in an {@link InMemoryLockRegistry} instead of the kernel; the holder pid
 * still goes to the real file, so tests can read and corrupt it as they would the real adapter's.
 */
public final class InMemoryLock implements LockPort {

    // A valid pid line is at most 20 bytes; reading a few more tells a longer (garbled) file apart.
    private static final int MAX_PID_FILE_BYTES = 32;
    private static final Pattern PID_LINE = Pattern.compile("[0-9]{1,18}\n?");

    private final InMemoryLockRegistry registry;
    private final Path file;
    private final Path key;
    // Guarded by the registry's guard.
    boolean closed;

    InMemoryLock(InMemoryLockRegistry registry, Path lockFile) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.file = Objects.requireNonNull(lockFile, "lockFile");
        this.key = InMemoryLockRegistry.key(lockFile);
        createIfMissing();
    }

    @Override
    public LockAttempt tryAcquire() {
        return registry.tryAcquire(this);
    }

    @Override
    public LockAttempt acquire() {
        return registry.acquire(this);
    }

    @Override
    public boolean isHeld() {
        return registry.isHeld(this);
    }

    @Override
    public void writeHolderPid(long pid) {
        registry.whileOpen(this, () -> {
            if (!registry.isHeld(this)) {
                throw new LockException(
                        "cannot write holder pid to " + file + ": this instance does not hold the lock");
            }
            try {
                Files.writeString(
                        file,
                        pid + "\n",
                        US_ASCII,
                        StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.DSYNC);
            } catch (IOException e) {
                throw new LockException("cannot write holder pid to lock file " + file + ": " + e, e);
            }
            return null;
        });
    }

    @Override
    public OptionalLong readHolderPid() {
        String content = registry.whileOpen(this, () -> {
            try (InputStream in = Files.newInputStream(file)) {
                return new String(in.readNBytes(MAX_PID_FILE_BYTES), US_ASCII);
            } catch (IOException e) {
                throw new LockException("cannot read holder pid from lock file " + file + ": " + e, e);
            }
        });
        if (!PID_LINE.matcher(content).matches()) {
            return OptionalLong.empty();
        }
        long pid = Long.parseLong(content.strip());
        return pid > 0 ? OptionalLong.of(pid) : OptionalLong.empty();
    }

    @Override
    public void release() {
        registry.release(this);
    }

    @Override
    public void close() {
        registry.close(this);
    }

    @Override
    public String toString() {
        return "InMemoryLock[" + file + "]";
    }

    Path file() {
        return file;
    }

    Path key() {
        return key;
    }

    private void createIfMissing() {
        try {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            // Opening an existing lock file is the normal case; its mode is its creator's business.
            return;
        } catch (IOException e) {
            throw new LockException("cannot open lock file " + file + ": " + e, e);
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            try {
                // Applied explicitly, as the real adapter does: the umask may have taken bits away.
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (IOException e) {
                throw new LockException("cannot set mode 0600 on lock file " + file + ": " + e, e);
            }
        }
    }
}
