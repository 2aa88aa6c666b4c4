package shaktiman.app.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import shaktiman.adapters.lock.FlockLock;
import shaktiman.core.port.LockAttempt;
import shaktiman.core.port.LockPort;

/**
 * A helper process for scenarios 13 and 21: takes the daemon lock through the one {@code LockPort} adapter (MI-5),
 * as a {@code shaktiman index} run would, and binds no socket.
 *
 * <p>Usage: {@code LockHolderMain <lock-file> hold [ms]} takes the lock, writes its pid (MI-6), prints {@code locked}
 * and holds it until stdin ends or {@code ms} pass, then prints {@code released}; {@code LockHolderMain <lock-file>
 * probe} prints {@code free} or {@code held} and exits.
 */
public final class LockHolderMain {

    private LockHolderMain() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path lockFile = Path.of(args[0]);
        Files.createDirectories(
                lockFile.getParent(),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-x---")));
        try (LockPort lock = new FlockLock(lockFile)) {
            LockAttempt attempt = lock.tryAcquire();
            switch (args[1]) {
                case "probe" -> out.println(attempt instanceof LockAttempt.Acquired ? "free" : describe(attempt));
                case "hold" -> {
                    if (!(attempt instanceof LockAttempt.Acquired)) {
                        out.println(describe(attempt));
                        System.exit(3);
                    }
                    lock.writeHolderPid(ProcessHandle.current().pid());
                    Files.deleteIfExists(lockFile.resolveSibling("ready"));
                    out.println("locked");
                    awaitRelease(args.length > 2 ? Long.parseLong(args[2]) : Long.MAX_VALUE);
                    lock.release();
                    out.println("released");
                }
                default -> throw new IllegalArgumentException("mode must be hold or probe, got " + args[1]);
            }
        }
    }

    private static String describe(LockAttempt attempt) {
        return switch (attempt) {
            case LockAttempt.Acquired acquired -> "acquired";
            case LockAttempt.Held held -> "held";
            case LockAttempt.Failed failed -> "failed: " + failed.reason();
        };
    }

    /** Returns when stdin ends (the test let go of us) or after {@code holdMs}, whichever is first. */
    private static void awaitRelease(long holdMs) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Thread.ofPlatform().daemon().start(() -> {
            try (InputStream in = System.in) {
                in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                // A broken stdin means the test is gone: release as on EOF.
                System.err.println("stdin failed: " + e);
            }
            done.countDown();
        });
        done.await(holdMs, TimeUnit.MILLISECONDS);
    }
}
