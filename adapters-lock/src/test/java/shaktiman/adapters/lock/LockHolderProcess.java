package shaktiman.adapters.lock;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.file.Path;
import shaktiman.core.port.LockAttempt;

/**
 * The second process of {@link FlockLockProcessTest}: tries the lock on the file named by its argument, reports the
 * outcome as one line on stdout ({@code acquired <pid>}, {@code held} or {@code failed <reason>}), and keeps its lock
 * until its stdin ends or it is killed.
 */
public final class LockHolderProcess {

    private LockHolderProcess() {}

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, UTF_8);
        try (FlockLock lock = new FlockLock(Path.of(args[0]))) {
            String outcome = switch (lock.tryAcquire()) {
                case LockAttempt.Acquired acquired -> {
                    long pid = ProcessHandle.current().pid();
                    lock.writeHolderPid(pid);
                    yield "acquired " + pid;
                }
                case LockAttempt.Held held -> "held";
                case LockAttempt.Failed failed -> "failed " + failed.reason();
            };
            out.println(outcome);
            // This process's stdin is the test's pipe: it ends when the test closes it or dies.
            new BufferedReader(new InputStreamReader(System.in, UTF_8)).readLine();
        }
    }
}
