package shaktiman.app.it;

import java.nio.file.Path;
import java.time.Duration;

/** Drives a {@link LockHolderMain} process: a lock holder that binds no socket, like a {@code shaktiman index} run. */
final class LockHolder {

    private final Process process;
    private final McpClient output;

    private LockHolder(Process process) {
        this.process = process;
        // The helper prints plain words, not JSON; the client records them as lines all the same.
        this.output = new McpClient("lock-holder", process.getInputStream(), process.getOutputStream());
    }

    /** Starts a holder of {@code lockFile}, waits until it prints {@code locked}; it holds until released. */
    static LockHolder hold(Daemons daemons, Path lockFile) {
        return awaitLocked(new LockHolder(daemons.startTestMain(LockHolderMain.class, lockFile.toString(), "hold")));
    }

    /** As {@link #hold}, but the helper itself lets go after {@code holdFor}. */
    static LockHolder holdFor(Daemons daemons, Path lockFile, Duration holdFor) {
        return awaitLocked(new LockHolder(daemons.startTestMain(
                LockHolderMain.class, lockFile.toString(), "hold", Long.toString(holdFor.toMillis()))));
    }

    /** Whether the lock on {@code lockFile} is free now, tried from a separate process through the adapter. */
    static boolean isFree(Daemons daemons, Path lockFile) {
        LockHolder probe = new LockHolder(daemons.startTestMain(LockHolderMain.class, lockFile.toString(), "probe"));
        String answer = probe.output
                .awaitLine(Daemons.SHORT, line -> !line.raw().isBlank(), "the lock probe's answer")
                .raw();
        if (!answer.equals("free") && !answer.equals("held")) {
            throw new AssertionError("the lock probe failed: " + answer);
        }
        return answer.equals("free");
    }

    private static LockHolder awaitLocked(LockHolder holder) {
        String first = holder.output
                .awaitLine(Daemons.SHORT, line -> !line.raw().isBlank(), "the lock holder's first line")
                .raw();
        if (!first.equals("locked")) {
            throw new AssertionError("the lock holder could not take the lock: " + first);
        }
        return holder;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Lets go of the lock by closing the helper's stdin, and waits until it says so. */
    void release() {
        output.closeOutput();
        output.awaitLine(Daemons.SHORT, line -> line.raw().equals("released"), "the lock holder's release");
    }
}
