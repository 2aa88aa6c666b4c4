package shaktiman.testkit.contract;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import shaktiman.core.port.LockAttempt;
import shaktiman.core.port.LockException;
import shaktiman.core.port.LockPort;

/**
 * Verifies that a {@link LockPort} keeps every sentence of the port's contract, for two instances on one file standing
 * in for two processes.
 *
 * <p>Subclasses only build the subject. Two instances opened on the same file must contend like two processes do;
 * what only real processes can show (the kernel freeing the lock of a killed process) belongs in the adapter's own
 * process tests.
 */
@Timeout(60)
public abstract class LockPortContract {

    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final List<LockPort> opened = new ArrayList<>();
    private final List<LockWaiter> waiters = new ArrayList<>();

    /** For subclasses, which only add the factory. */
    protected LockPortContract() {}

    /** Opens the subject on {@code lockFile}; each call is a separate instance, standing in for a separate process. */
    protected abstract LockPort open(Path lockFile);

    @AfterEach
    void closeEverything() throws InterruptedException {
        for (LockPort lock : opened) {
            lock.close();
        }
        for (LockWaiter waiter : waiters) {
            assertThat(waiter.join(DEADLINE))
                    .as(
                            "lock waiter %s ended after every lock was closed",
                            waiter.thread().getName())
                    .isTrue();
        }
    }

    @Test
    void open_whenFileIsMissing_createsIt() {
        Path file = lockFile();

        lock(file);

        assertThat(file).isRegularFile();
    }

    @Test
    @ExtendWith(PosixPermissionsCondition.class)
    void open_whenFileIsMissing_createsItWithMode0600() throws IOException {
        Path file = lockFile();

        lock(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void open_whenDirectoryIsMissing_throwsLockExceptionNamingTheFile() {
        Path file = dir.resolve("missing").resolve("daemon.pid");

        assertThatThrownBy(() -> lock(file)).isInstanceOf(LockException.class).hasMessageContaining(file.toString());
    }

    @Test
    void tryAcquire_onFreshFile_acquires() {
        LockPort lock = lock(lockFile());

        LockAttempt attempt = lock.tryAcquire();

        assertThat(attempt).isEqualTo(new LockAttempt.Acquired());
        assertThat(lock.isHeld()).isTrue();
    }

    @Test
    void tryAcquire_whileAnotherInstanceHolds_returnsHeld() {
        LockPort holder = lock(lockFile());
        LockPort other = lock(lockFile());
        holder.tryAcquire();

        LockAttempt attempt = other.tryAcquire();

        assertThat(attempt).isEqualTo(new LockAttempt.Held());
        assertThat(other.isHeld()).isFalse();
        assertThat(holder.isHeld()).isTrue();
    }

    @Test
    void tryAcquire_afterHolderReleases_acquires() {
        LockPort holder = lock(lockFile());
        LockPort other = lock(lockFile());
        holder.tryAcquire();
        holder.release();

        LockAttempt attempt = other.tryAcquire();

        assertThat(attempt).isEqualTo(new LockAttempt.Acquired());
        assertThat(holder.isHeld()).isFalse();
    }

    @Test
    void tryAcquire_afterHolderCloses_acquires() {
        LockPort holder = lock(lockFile());
        LockPort other = lock(lockFile());
        holder.tryAcquire();
        holder.close();

        LockAttempt attempt = other.tryAcquire();

        assertThat(attempt).isEqualTo(new LockAttempt.Acquired());
    }

    @Test
    void tryAcquire_whenAlreadyHeld_returnsAcquired() {
        LockPort lock = lock(lockFile());
        lock.tryAcquire();

        LockAttempt attempt = lock.tryAcquire();

        assertThat(attempt).isEqualTo(new LockAttempt.Acquired());
    }

    @Test
    void acquire_onFreshFile_acquires() {
        LockPort lock = lock(lockFile());

        LockAttempt attempt = lock.acquire();

        assertThat(attempt).isEqualTo(new LockAttempt.Acquired());
        assertThat(lock.isHeld()).isTrue();
    }

    @Test
    void acquire_whenAlreadyHeld_returnsAcquiredAtOnce() {
        LockPort lock = lock(lockFile());
        lock.tryAcquire();

        LockAttempt attempt = lock.acquire();

        assertThat(attempt).isEqualTo(new LockAttempt.Acquired());
    }

    @Test
    void acquire_whileAnotherInstanceHolds_waitsUntilItReleases() {
        LockPort holder = lock(lockFile());
        LockPort waiting = lock(lockFile());
        holder.tryAcquire();
        LockWaiter waiter = waitFor(waiting);
        waiter.awaitWaiting(DEADLINE);
        assertThat(waiter.result()).isNotDone();

        holder.release();

        assertThat(waiter.result()).succeedsWithin(DEADLINE).isEqualTo(new LockAttempt.Acquired());
        assertThat(waiting.isHeld()).isTrue();
    }

    @Test
    void acquire_whenItsThreadIsInterrupted_keepsWaiting() {
        LockPort holder = lock(lockFile());
        LockPort waiting = lock(lockFile());
        holder.tryAcquire();
        LockWaiter waiter = waitFor(waiting);
        waiter.awaitWaiting(DEADLINE);

        waiter.thread().interrupt();

        waiter.awaitWaiting(DEADLINE);
        holder.release();
        assertThat(waiter.result()).succeedsWithin(DEADLINE).isEqualTo(new LockAttempt.Acquired());
    }

    @Test
    void close_fromAnotherThread_endsWaitingAcquireWithFailed() {
        LockPort holder = lock(lockFile());
        LockPort waiting = lock(lockFile());
        holder.tryAcquire();
        LockWaiter waiter = waitFor(waiting);
        waiter.awaitWaiting(DEADLINE);

        waiting.close();

        assertThat(waiter.result()).succeedsWithin(DEADLINE).isInstanceOf(LockAttempt.Failed.class);
        assertThat(holder.isHeld()).isTrue();
    }

    @Test
    void writeHolderPid_whileHeld_writesPidAndNewline() throws IOException {
        Path file = lockFile();
        LockPort lock = lock(file);
        lock.tryAcquire();

        lock.writeHolderPid(4242);

        assertThat(Files.readString(file, US_ASCII)).isEqualTo("4242\n");
    }

    @Test
    void writeHolderPid_overLongerContent_truncatesTheFile() throws IOException {
        Path file = lockFile();
        LockPort lock = lock(file);
        Files.writeString(file, "9999999\nleft over by someone else\n", US_ASCII);
        lock.tryAcquire();

        lock.writeHolderPid(7);

        assertThat(Files.readString(file, US_ASCII)).isEqualTo("7\n");
    }

    @Test
    void writeHolderPid_whenNotHeld_throwsLockException() {
        LockPort lock = lock(lockFile());

        assertThatThrownBy(() -> lock.writeHolderPid(4242)).isInstanceOf(LockException.class);
    }

    @Test
    void readHolderPid_afterWriteHolderPid_returnsThePid() {
        LockPort lock = lock(lockFile());
        lock.tryAcquire();
        lock.writeHolderPid(4242);

        assertThat(lock.readHolderPid()).hasValue(4242);
    }

    @Test
    void readHolderPid_throughAnotherInstance_namesTheHolder() {
        LockPort holder = lock(lockFile());
        LockPort other = lock(lockFile());
        holder.tryAcquire();
        holder.writeHolderPid(4242);

        assertThat(other.readHolderPid()).hasValue(4242);
    }

    @Test
    void readHolderPid_onEmptyFile_returnsEmpty() {
        LockPort lock = lock(lockFile());

        assertThat(lock.readHolderPid()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "garbage\n",
                "12 34\n",
                "-5\n",
                "0\n",
                "123\n456\n",
                "\n",
                "1234567890123456789012345678901234567890\n"
            })
    void readHolderPid_onGarbledFile_returnsEmpty(String content) throws IOException {
        Path file = lockFile();
        Files.writeString(file, content, US_ASCII);
        LockPort lock = lock(file);

        assertThat(lock.readHolderPid()).isEmpty();
    }

    @Test
    void release_afterWriteHolderPid_keepsTheFileAndItsContent() throws IOException {
        Path file = lockFile();
        LockPort lock = lock(file);
        lock.tryAcquire();
        lock.writeHolderPid(4242);

        lock.release();

        assertThat(Files.readString(file, US_ASCII)).isEqualTo("4242\n");
        assertThat(lock.readHolderPid()).hasValue(4242);
    }

    @Test
    void close_afterWriteHolderPid_keepsTheFileAndItsContent() throws IOException {
        Path file = lockFile();
        LockPort lock = lock(file);
        lock.tryAcquire();
        lock.writeHolderPid(4242);

        lock.close();

        assertThat(Files.readString(file, US_ASCII)).isEqualTo("4242\n");
    }

    @Test
    void release_calledTwice_leavesTheLockFree() {
        LockPort lock = lock(lockFile());
        LockPort other = lock(lockFile());
        lock.tryAcquire();

        lock.release();
        lock.release();

        assertThat(lock.isHeld()).isFalse();
        assertThat(other.tryAcquire()).isEqualTo(new LockAttempt.Acquired());
    }

    @Test
    void release_whenNotHeld_doesNotTakeTheLockFromTheHolder() {
        LockPort holder = lock(lockFile());
        LockPort other = lock(lockFile());
        holder.tryAcquire();

        other.release();

        assertThat(holder.isHeld()).isTrue();
        assertThat(other.tryAcquire()).isEqualTo(new LockAttempt.Held());
    }

    @Test
    void close_calledTwice_doesNotThrow() {
        LockPort lock = lock(lockFile());
        lock.tryAcquire();
        lock.close();

        lock.close();

        assertThat(lock(lockFile()).tryAcquire()).isEqualTo(new LockAttempt.Acquired());
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void operation_afterClose_throwsLockExceptionSayingClosed(Operation operation) {
        LockPort lock = lock(lockFile());
        lock.close();

        assertThatThrownBy(() -> operation.call.accept(lock))
                .isInstanceOf(LockException.class)
                .hasMessageContaining("closed");
    }

    /** Every method of the port but {@code close}. */
    enum Operation {
        TRY_ACQUIRE(LockPort::tryAcquire),
        ACQUIRE(LockPort::acquire),
        IS_HELD(LockPort::isHeld),
        WRITE_HOLDER_PID(lock -> lock.writeHolderPid(1)),
        READ_HOLDER_PID(LockPort::readHolderPid),
        RELEASE(LockPort::release);

        private final Consumer<LockPort> call;

        Operation(Consumer<LockPort> call) {
            this.call = call;
        }
    }

    private Path lockFile() {
        return dir.resolve("daemon.pid");
    }

    private LockPort lock(Path file) {
        LockPort lock = open(file);
        opened.add(lock);
        return lock;
    }

    private LockWaiter waitFor(LockPort lock) {
        LockWaiter waiter = LockWaiter.start(lock, "lock-waiter-" + waiters.size());
        waiters.add(waiter);
        return waiter;
    }
}
