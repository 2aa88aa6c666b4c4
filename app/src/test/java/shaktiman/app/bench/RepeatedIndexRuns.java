package shaktiman.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import shaktiman.app.ShaktimanMain;

/**
 * T-14 (IX-15): full index runs one after another in this JVM, each from an empty state, through the CLI's own
 * {@code index} command in-process; after each run, a full GC and a trim of the C heap, two readings: the spec's
 * memory outside the Java heap (VmRSS minus committed heap), and the part of it the JVM does not account for
 * (VmRSS minus everything Native Memory Tracking reports committed: heap, code cache, metaspace, GC, threads …), which
 * is the memory of the native libraries — tree-sitter's trees and parsers, SQLite. Native memory that leaks per run
 * (unclosed trees or parsers) shows in both as growth from run 2 to the last; only the second is free of the JIT's
 * code cache and metaspace, which keep growing while C1 compiles more of the code run after run (measured: the first
 * reading grew 12.9 % over 10 runs with a flat second one).
 *
 * <p>The runs need the C heap settings that bin/_launch gives every shaktiman JVM (the bench profile gives them to this
 * JVM): without them each run's new threads left the top of yet another glibc arena resident, about 10 MiB a run.
 */
final class RepeatedIndexRuns {

    private RepeatedIndexRuns() {}

    /**
     * The readings, one per run.
     *
     * @param outsideHeapKib VmRSS minus committed heap after each run and a full GC, in KiB
     * @param untrackedKib VmRSS minus the JVM's NMT committed total after each run, in KiB: the native libraries' share
     * @param runNanos each run's wall time
     */
    record Result(List<Long> outsideHeapKib, List<Long> untrackedKib, List<Long> runNanos) {

        /** Memory outside the heap, run 10 against run 2 (or the last against the second): 0.05 is 5 % more. */
        double growth() {
            return growth(outsideHeapKib);
        }

        /** The native libraries' memory, the last run against run 2. */
        double untrackedGrowth() {
            return growth(untrackedKib);
        }

        private static double growth(List<Long> readings) {
            long second = readings.get(1);
            return (readings.getLast() - second) / (double) second;
        }
    }

    /** Indexes {@code root} {@code runs} times, deleting its state directory before each run. */
    static Result run(Path root, Path tmpDir, int runs) {
        if (runs < 2) {
            throw new IllegalArgumentException("T-14 compares run 2 with the last; runs must be >= 2, was " + runs);
        }
        requireLaunchersMallocSettings(System.getenv());
        Map<String, String> env = new HashMap<>(System.getenv());
        ColdIndex.childEnvironment(env, tmpDir, "");
        List<Long> outside = new ArrayList<>();
        List<Long> untracked = new ArrayList<>();
        List<Long> nanos = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            try {
                CorpusCache.deleteTree(root.resolve(".shaktiman"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the index of " + root, e);
            }
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            long started = System.nanoTime();
            int exit = ShaktimanMain.run(
                    new String[] {"--format", "json", "index", root.toString()},
                    new PrintWriter(out),
                    new PrintWriter(err),
                    env);
            nanos.add(System.nanoTime() - started);
            if (exit != 0) {
                throw new AssertionError(
                        "in-process index run " + run + " of " + root + " exited " + exit + ": " + out + err);
            }
            System.gc();
            trimNativeHeap();
            long committedKib = Runtime.getRuntime().totalMemory() / 1024;
            long trackedKib = nmtCommittedKib();
            long rssKib = Memory.of(ProcessHandle.current().pid()).rssKib();
            outside.add(rssKib - committedKib);
            untracked.add(rssKib - trackedKib);
        }
        return new Result(List.copyOf(outside), List.copyOf(untracked), List.copyOf(nanos));
    }

    /** bin/_launch's C heap settings; the bench profile of app/pom.xml gives this JVM the same. */
    static final Map<String, String> LAUNCHER_MALLOC =
            Map.of("MALLOC_ARENA_MAX", "2", "MALLOC_TRIM_THRESHOLD_", "131072");

    /**
     * Refuses to measure a JVM whose C heap is not set up as bin/_launch sets up the daemon's: the figures would be
     * those of a different allocator configuration.
     */
    static void requireLaunchersMallocSettings(Map<String, String> env) {
        LAUNCHER_MALLOC.forEach((name, value) -> {
            if (!value.equals(env.get(name))) {
                throw new AssertionError("T-14 measures native memory with bin/_launch's " + name + "=" + value
                        + ", but this JVM has " + env.getOrDefault(name, "none")
                        + "; run it through bin/bench-index (the bench profile sets it)");
            }
        });
    }

    /**
     * Returns the C heap's free memory to the OS ({@code jcmd <pid> System.trim_native_heap}, glibc's malloc_trim), so
     * that what stays resident is memory still in use: without it, freed parser memory kept by malloc's arenas moved
     * the reading by ±20 % from run to run and hid any trend.
     */
    private static void trimNativeHeap() {
        Command trimmed = jcmd(List.of("System.trim_native_heap"));
        if (!trimmed.succeeded()) {
            throw new AssertionError(trimmed.output());
        }
    }

    private static final Pattern NMT_TOTAL = Pattern.compile("Total: reserved=(\\d+)KB, committed=(\\d+)KB");

    /**
     * What the JVM's Native Memory Tracking counts as committed, in KiB ({@code jcmd <pid> VM.native_memory summary}).
     *
     * @throws AssertionError when this JVM runs without {@code -XX:NativeMemoryTracking=summary} (bin/bench-index sets it)
     */
    private static long nmtCommittedKib() {
        Command summary = jcmd(List.of("VM.native_memory", "summary", "scale=KB"));
        Matcher total = NMT_TOTAL.matcher(summary.output());
        if (!summary.succeeded() || !total.find()) {
            throw new AssertionError("T-14 needs -XX:NativeMemoryTracking=summary on this JVM; jcmd said: "
                    + summary.output().lines().limit(5).toList());
        }
        return Long.parseLong(total.group(2));
    }

    /** Runs jcmd against this JVM; the output is jcmd's first 4,000 characters. */
    private static Command jcmd(List<String> arguments) {
        Path java = Path.of(ProcessHandle.current()
                .info()
                .command()
                .orElseThrow(() -> new AssertionError("cannot tell which java runs this JVM")));
        Path jcmd = java.resolveSibling("jcmd");
        List<String> command = new ArrayList<>();
        command.add(jcmd.toString());
        command.add(Long.toString(ProcessHandle.current().pid()));
        command.addAll(arguments);
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish within a minute");
            }
            return new Command(process.exitValue(), output.substring(0, Math.min(output.length(), 4_000)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command, e);
        }
    }
}
