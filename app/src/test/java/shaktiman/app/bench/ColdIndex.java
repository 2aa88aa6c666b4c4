package shaktiman.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One {@code bin/shaktiman index <root>} run as a child process, from whatever state the root is in (the benchmark
 * gives it a fresh copy): the wall time from fork to exit, and the JVM's peak resident memory, polled from {@code
 * /proc/<pid>/status} (VmHWM) until it exits. The launcher execs the JVM in place, so the child's pid is the JVM's.
 *
 * @param exitCode the process's exit status
 * @param wallNanos fork to exit
 * @param peakRssKib the last VmHWM read before the exit
 * @param stdout what it printed on stdout (the JSON summary)
 * @param stderrTail the end of its stderr
 * @param commandLine the JVM's command line, read from {@code /proc/<pid>/cmdline} while it ran (empty if never seen)
 */
record ColdIndex(
        int exitCode, long wallNanos, long peakRssKib, String stdout, String stderrTail, List<String> commandLine) {

    private static final long POLL_MILLIS = 10;

    /**
     * Runs the index command of {@code shaktimanHome} on {@code root}; {@code javaOpts} (may be empty) goes to {@code
     * SHAKTIMAN_JAVA_OPTS}. Kills it after {@code deadline}.
     */
    static ColdIndex run(Path shaktimanHome, Path root, Path scratch, String javaOpts, Duration deadline) {
        Path out = scratch.resolve("index.out");
        Path err = scratch.resolve("index.err");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        shaktimanHome.resolve("bin/shaktiman").toString(),
                        "--format",
                        "json",
                        "index",
                        root.toString()))
                .directory(scratch.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        childEnvironment(builder.environment(), scratch, javaOpts);
        long started = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + builder.command(), e);
        }
        long end = started + deadline.toNanos();
        long peak = 0;
        List<String> commandLine = List.of();
        try {
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                peak = Math.max(peak, peakOf(process.pid()));
                if (commandLine.isEmpty()) {
                    commandLine = javaCommandLine(process.pid());
                }
                if (System.nanoTime() - end > 0) {
                    process.destroyForcibly().waitFor();
                    throw new AssertionError("shaktiman index " + root + " did not finish within "
                            + deadline.toMinutes() + " min; stderr:\n" + tail(err));
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while indexing " + root, e);
        }
        long wall = System.nanoTime() - started;
        return new ColdIndex(process.exitValue(), wall, peak, read(out), tail(err), commandLine);
    }

    /**
     * The environment of every process the benchmark starts: the user's, less any {@code SHAKTIMAN_*} setting or test
     * hook that would change what is measured, with a private TMPDIR (so the socket path is the benchmark's own).
     */
    static void childEnvironment(Map<String, String> env, Path tmpDir, String javaOpts) {
        env.keySet().removeIf(key -> key.startsWith("SHAKTIMAN_") || key.equals("JAVA_TOOL_OPTIONS"));
        env.put("TMPDIR", tmpDir.toString());
        if (!javaOpts.isEmpty()) {
            env.put("SHAKTIMAN_JAVA_OPTS", javaOpts);
        }
    }

    /** VmHWM of a live process in KiB; 0 once it is gone (the last reading before that stands). */
    static long peakOf(long pid) {
        try {
            return Memory.of(pid).hwmKib();
        } catch (UncheckedIOException | IllegalStateException e) {
            // The process exited between the poll and the read, or is a zombie without memory lines.
            return 0;
        }
    }

    /** The command line of {@code pid} once the launcher has exec'd the JVM; empty before that or after the exit. */
    private static List<String> javaCommandLine(long pid) {
        try {
            String text = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"), StandardCharsets.UTF_8);
            List<String> args = List.of(text.split("\0"));
            return args.getFirst().endsWith("/java") ? args : List.of();
        } catch (IOException e) {
            // Gone already: the caller keeps polling or has its exit.
            return List.of();
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String tail(Path file) {
        String text = read(file);
        return text.length() <= 4000 ? text : "…" + text.substring(text.length() - 4000);
    }
}
