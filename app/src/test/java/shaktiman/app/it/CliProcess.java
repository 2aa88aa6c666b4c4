package shaktiman.app.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** A {@code bin/shaktiman} run started without waiting ({@link Daemons#startCli}), whose streams go to files. */
final class CliProcess {
    private final Process process;
    private final String what;
    private final Path out;
    private final Path err;

    CliProcess(Process process, String what, Path out, Path err) {
        this.process = process;
        this.what = what;
        this.out = out;
        this.err = err;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** What it has written to stderr so far. */
    String stderr() {
        return read(err);
    }

    /** Waits until stderr has a line matching {@code regex}; fails if the process exits first or the deadline passes. */
    void awaitStderrLine(String regex, Duration deadline) {
        Await.until(
                deadline,
                () -> {
                    if (stderr().lines().anyMatch(line -> line.matches(regex))) {
                        return true;
                    }
                    if (!process.isAlive()) {
                        throw new AssertionError(
                                what + " exited before printing a line matching " + regex + "\n" + stderr());
                    }
                    return false;
                },
                "a stderr line of " + what + " matching " + regex);
    }

    /** Sends {@code signal} ({@code INT}, {@code TERM}) with kill(1); the pid is our own child, still unreaped. */
    void signal(String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .redirectErrorStream(true)
                    .start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new AssertionError("kill -" + signal + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run kill -" + signal, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted sending SIG" + signal, e);
        }
    }

    /** SIGKILL, then waits for the exit so that the next run starts on a dead process's files. */
    void kill() {
        process.destroyForcibly();
        awaitExit(Daemons.SHORT);
    }

    /** Waits for the exit and returns the outcome. */
    CliResult awaitExit(Duration deadline) {
        try {
            if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(what + " did not exit within " + deadline.toSeconds() + " s\n" + stderr());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for " + what, e);
        }
        return new CliResult(process.exitValue(), read(out), read(err));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
