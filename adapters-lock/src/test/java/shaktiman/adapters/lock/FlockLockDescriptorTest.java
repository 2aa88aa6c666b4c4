package shaktiman.adapters.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Verifies that a FlockLock uses exactly one descriptor on its file for its whole life, and none after close (MI-5). */
@EnabledOnOs(value = OS.LINUX, disabledReason = "counts this process's descriptors through /proc/self/fd")
class FlockLockDescriptorTest {

    @TempDir
    Path dir;

    @Test
    void everyOperation_whileOpen_usesTheOneDescriptor() throws IOException {
        Path file = dir.resolve("daemon.pid");
        try (FlockLock lock = new FlockLock(file)) {

            lock.tryAcquire();
            lock.writeHolderPid(4242);
            lock.readHolderPid();
            lock.release();
            lock.acquire();

            assertThat(descriptorsOn(file)).isEqualTo(1);
        }
    }

    @Test
    void close_always_closesTheDescriptor() throws IOException {
        Path file = dir.resolve("daemon.pid");
        FlockLock lock = new FlockLock(file);
        lock.tryAcquire();

        lock.close();

        assertThat(descriptorsOn(file)).isZero();
    }

    private static long descriptorsOn(Path file) throws IOException {
        Path target = file.toRealPath();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.filter(fd -> pointsTo(fd, target)).count();
        }
    }

    private static boolean pointsTo(Path fd, Path target) {
        try {
            return Files.readSymbolicLink(fd).equals(target);
        } catch (IOException e) {
            // The descriptor Files.list itself used is gone by now; it cannot be the lock file's.
            return false;
        }
    }
}
