package shaktiman.app.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One {@code bin/shaktimand} child process: its pid (the launcher execs the JVM, so the pid is the daemon's), signals,
 * its stdin, stderr captured in full, and an {@link McpClient} over its stdio.
 */
final class DaemonProcess {

    private final String name;
    private final Process process;
    private final McpClient mcp;
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final Thread stderrPump;

    DaemonProcess(String name, Process process, boolean readStdout) {
        this.name = name;
        this.process = process;
        this.mcp = readStdout ? new McpClient(name, process.getInputStream(), process.getOutputStream()) : null;
        this.stderrPump =
                Thread.ofPlatform().daemon().name("stderr-" + name).start(() -> pump(process.getErrorStream()));
    }

    /** The label used in messages, e.g. {@code A}. */
    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /** The client over this process's stdio. */
    McpClient mcp() {
        if (mcp == null) {
            throw new IllegalStateException(name + " was started with its stdout left unread");
        }
        return mcp;
    }

    /** Everything written to stderr so far. */
    String stderr() {
        synchronized (stderr) {
            return stderr.toString(StandardCharsets.UTF_8);
        }
    }

    /** Everything written to stderr, after waiting for the stream to end (call once the process has exited). */
    String finalStderr(Duration deadline) {
        try {
            stderrPump.join(deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return stderr();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL. */
    void kill9() {
        signal("KILL");
    }

    /** Sends {@code kill -<sig> <pid>}, e.g. {@code TERM}, {@code INT}, {@code STOP}, {@code CONT}. */
    void signal(String sig) {
        ProcessBuilder kill = new ProcessBuilder("kill", "-" + sig, Long.toString(pid()))
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        try {
            Process running = kill.start();
            String output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!running.waitFor(10, TimeUnit.SECONDS)) {
                running.destroyForcibly();
                throw new AssertionError("kill -" + sig + " " + pid() + " did not finish");
            }
            if (running.exitValue() != 0) {
                throw new AssertionError("kill -" + sig + " " + pid() + " (" + name + ") failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run kill -" + sig + " " + pid(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted sending SIG" + sig + " to " + name, e);
        }
    }

    /** Closes the child's stdin: the client has gone away. */
    void closeStdin() {
        if (mcp != null) {
            mcp.closeOutput();
            return;
        }
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the stdin of " + name, e);
        }
    }

    /**
     * Closes the read end of the child's stdout (scenario 26). Only for a process started with its stdout unread: a
     * reader thread blocked in read(2) would keep the pipe's read end open.
     */
    void closeStdout() {
        if (mcp != null) {
            throw new IllegalStateException(name + " has a reader on its stdout; start it with readStdout(false)");
        }
        try {
            process.getInputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the stdout of " + name, e);
        }
    }

    /** Writes a raw line to stdin of a process whose stdout is not read. */
    void writeStdin(String line) {
        if (mcp != null) {
            mcp.send(line);
            return;
        }
        try {
            process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the stdin of " + name, e);
        }
    }

    /** Waits for the exit and returns the status; fails with the stderr when the deadline passes. */
    int awaitExit(Duration deadline) {
        try {
            return process.onExit()
                    .get(deadline.toMillis(), TimeUnit.MILLISECONDS)
                    .exitValue();
        } catch (TimeoutException e) {
            throw new AssertionError(name + " (pid " + pid() + ") did not exit within " + deadline.toMillis()
                    + " ms; stderr:\n" + stderr());
        } catch (ExecutionException e) {
            throw new AssertionError("waiting for " + name + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for " + name + " to exit", e);
        }
    }

    /** The exit status if the process has ended. */
    Optional<Integer> exitCode() {
        return process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
    }

    /** The state letter of {@code /proc/<pid>/stat} ({@code T} when stopped), empty when the process is gone. */
    Optional<Character> procState() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid()), "stat"));
            // The command name is in parentheses and may contain spaces; the state follows the last ')'.
            return Optional.of(stat.charAt(stat.lastIndexOf(')') + 2));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /proc/" + pid() + "/stat", e);
        }
    }

    /** The files this process has open, from the links in {@code /proc/<pid>/fd}. */
    List<Path> openFiles() {
        return ProcFiles.openFiles(pid());
    }

    /**
     * The environment the process was started with, from {@code /proc/<pid>/environ}: after the launcher's exec, the
     * JVM's, including what bin/_launch exported.
     */
    Map<String, String> environment() {
        Path environ = Path.of("/proc", Long.toString(pid()), "environ");
        try {
            Map<String, String> env = new HashMap<>();
            for (String entry : new String(Files.readAllBytes(environ), StandardCharsets.UTF_8).split("\0")) {
                int equals = entry.indexOf('=');
                if (equals > 0) {
                    env.put(entry.substring(0, equals), entry.substring(equals + 1));
                }
            }
            return env;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + environ, e);
        }
    }

    private void pump(InputStream in) {
        byte[] buffer = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                synchronized (stderr) {
                    stderr.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            synchronized (stderr) {
                stderr.writeBytes(("\n[harness: reading stderr failed: " + e + "]\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Override
    public String toString() {
        return name + "(pid " + pid() + ")";
    }
}
