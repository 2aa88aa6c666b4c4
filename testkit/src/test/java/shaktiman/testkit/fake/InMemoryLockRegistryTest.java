package shaktiman.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shaktiman.core.port.LockAttempt;

/** Verifies what the registry adds to the contract: isolation between registries and injected failures. */
class InMemoryLockRegistryTest {

    @TempDir
    Path dir;

    @Test
    void tryAcquire_onSameFileFromAnotherRegistry_acquires() {
        Path file = dir.resolve("daemon.pid");
        try (InMemoryLock first = new InMemoryLockRegistry().open(file);
                InMemoryLock second = new InMemoryLockRegistry().open(file)) {
            first.tryAcquire();

            assertThat(second.tryAcquire()).isEqualTo(new LockAttempt.Acquired());
        }
    }

    @Test
    void tryAcquire_afterFailAttempts_returnsFailedNamingFileAndReason() {
        Path file = dir.resolve("daemon.pid");
        InMemoryLockRegistry registry = new InMemoryLockRegistry();
        registry.failAttempts(file, "Input/output error");
        try (InMemoryLock lock = registry.open(file)) {

            LockAttempt attempt = lock.tryAcquire();

            assertThat(attempt).isEqualTo(new LockAttempt.Failed("cannot lock " + file + ": Input/output error"));
            assertThat(lock.isHeld()).isFalse();
        }
    }

    @Test
    void tryAcquire_afterStopFailing_acquires() {
        Path file = dir.resolve("daemon.pid");
        InMemoryLockRegistry registry = new InMemoryLockRegistry();
        registry.failAttempts(file, "Input/output error");
        registry.stopFailing(file);
        try (InMemoryLock lock = registry.open(file)) {

            assertThat(lock.tryAcquire()).isEqualTo(new LockAttempt.Acquired());
        }
    }
}
