package shaktiman.adapters.lock;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import shaktiman.core.port.LockAttempt;
import shaktiman.core.port.LockPort;
import shaktiman.testkit.Await;
import shaktiman.testkit.contract.LockWaiter;
import shaktiman.testkit.contract.PosixPermissionsCondition;

/** Verifies the flock(2) adapter against a real second JVM holding, losing and being killed with the lock. */
@Timeout(120)
class FlockLockProcessTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final List<Process> children = new ArrayList<>();
    private final List<FlockLock> locks = new ArrayList<>();
    private final List<LockWaiter> waiters = new ArrayList<>();

    @AfterEach
    void destroyChildrenAndCloseLocks() throws InterruptedException {
        for (Process child : children) {
            child.destroyForcibly();
            assertThat(child.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS))
                    .as("child %s ended after SIGKILL", child.pid())
                    .isTrue();
        }
        for (FlockLock lock : locks) {
            lock.close();
        }
        for (LockWaiter waiter : waiters) {
            assertThat(waiter.join(DEADLINE)).as("lock waiter ended").isTrue();
        }
    }

    @Test
    void tryAcquire_whileAnotherProcessHolds_returnsHeld() throws IOException {
        startHolder();
        FlockLock lock = lock();

        LockAttempt attempt = lock.tryAcquire();

        assertThat(attempt).isEqualTo(new LockAttempt.Held());
    }

    @Test
    void readHolderPid_whileAnotherProcessHolds_namesThatProcess() throws IOException {
        Child holder = startHolder();
        FlockLock lock = lock();

        assertThat(lock.readHolderPid()).hasValue(holder.process().pid());
    }

    @Test
    void tryAcquire_inAnotherProcessWhileThisProcessHolds_isHeldThere() throws IOException {
        FlockLock lock = lock();
        lock.tryAcquire();

        Child other = start(childCommand());

        assertThat(other.firstLine()).isEqualTo("held");
    }

    @Test
    void tryAcquire_afterHolderProcessIsKilled_acquiresWithinDeadline() throws IOException {
        Child holder = startHolder();
        FlockLock lock = lock();

        holder.process().destroyForcibly();

        Await.until(
                "the lock of killed pid " + holder.process().pid() + " to be free",
                DEADLINE,
                () -> lock.tryAcquire() instanceof LockAttempt.Acquired);
        assertThat(lock.isHeld()).isTrue();
    }

    @Test
    void acquire_whileAnotherProcessHolds_isGrantedWhenThatProcessExits() throws IOException {
        Child holder = startHolder();
        FlockLock lock = lock();
        LockWaiter waiter = waitFor(lock);
        waiter.awaitWaiting(DEADLINE);

        holder.process().getOutputStream().close();

        assertThat(waiter.result()).succeedsWithin(DEADLINE).isEqualTo(new LockAttempt.Acquired());
        assertThat(holder.process().onExit()).succeedsWithin(DEADLINE);
    }

    @Test
    void acquire_whileAnotherProcessHolds_isGrantedWhenThatProcessIsKilled() throws IOException {
        Child holder = startHolder();
        FlockLock lock = lock();
        LockWaiter waiter = waitFor(lock);
        waiter.awaitWaiting(DEADLINE);

        holder.process().destroyForcibly();

        assertThat(waiter.result()).succeedsWithin(DEADLINE).isEqualTo(new LockAttempt.Acquired());
    }

    @Test
    @ExtendWith(PosixPermissionsCondition.class)
    void open_inProcessWithRestrictiveUmask_createsFileWithMode0600() throws IOException {
        // Without an explicit chmod, umask 0277 would leave the 0600 passed to open(2) as 0400.
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "umask 0277 && exec \"$@\"", "sh"));
        command.addAll(childCommand());

        Child holder = start(command);

        assertThat(holder.firstLine()).startsWith("acquired ");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(lockFile())))
                .isEqualTo("rw-------");
    }

    private record Child(Process process, BufferedReader stdout, Path stderr) {
        /** The child's outcome line; fails with its stderr if it ended without one. */
        String firstLine() throws IOException {
            String line = stdout.readLine();
            assertThat(line)
                    .as("outcome line of child %s; its stderr: %s", process.pid(), Files.readString(stderr))
                    .isNotNull();
            return line;
        }
    }

    private Child startHolder() throws IOException {
        Child holder = start(childCommand());
        assertThat(holder.firstLine()).isEqualTo("acquired " + holder.process().pid());
        return holder;
    }

    private Child start(List<String> command) throws IOException {
        Path stderr = dir.resolve("child-" + children.size() + ".err");
        Process process = new ProcessBuilder(command)
                .redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        children.add(process);
        return new Child(process, new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8)), stderr);
    }

    /** The same java binary, on a class path of exactly the adapter, core and this test's classes. */
    private List<String> childCommand() {
        String javaBinary = ProcessHandle.current().info().command().orElseThrow();
        String classPath = String.join(
                File.pathSeparator,
                Stream.of(LockHolderProcess.class, FlockLock.class, LockPort.class)
                        .map(FlockLockProcessTest::codeRoot)
                        .distinct()
                        .toList());
        return List.of(
                javaBinary,
                "--enable-native-access=ALL-UNNAMED",
                "--illegal-native-access=deny",
                "-cp",
                classPath,
                LockHolderProcess.class.getName(),
                lockFile().toString());
    }

    /** The directory or jar a class was loaded from, found through its own class file, which works on both paths. */
    private static String codeRoot(Class<?> type) {
        String resource = type.getName().replace('.', '/') + ".class";
        URL url = type.getResource("/" + resource);
        assertThat(url).as("class file of %s", type.getName()).isNotNull();
        String text = url.toString();
        try {
            if (text.startsWith("jar:")) {
                return Path.of(new URI(text.substring("jar:".length(), text.indexOf("!/"))))
                        .toString();
            }
            Path file = Path.of(url.toURI());
            for (int i = 0; i < resource.split("/").length; i++) {
                file = file.getParent();
            }
            return file.toString();
        } catch (URISyntaxException e) {
            throw new AssertionError("cannot turn " + text + " into a path", e);
        }
    }

    private Path lockFile() {
        return dir.resolve("daemon.pid");
    }

    private FlockLock lock() {
        FlockLock lock = new FlockLock(lockFile());
        locks.add(lock);
        return lock;
    }

    private LockWaiter waitFor(LockPort lock) {
        LockWaiter waiter = LockWaiter.start(lock, "lock-waiter-" + waiters.size());
        waiters.add(waiter);
        return waiter;
    }
}
