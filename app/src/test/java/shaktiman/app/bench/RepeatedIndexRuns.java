package shaktiman.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import shaktiman.app.ShaktimanMain;

/**
 * T-14 (IX-15): full index runs one after another in this JVM, each from an empty state, through the CLI's own
 * {@code index} command in-process; after each run, a full GC and a trim of the C heap, the memory outside the Java heap
 * is the resident set (VmRSS) minus the committed heap. Native memory that leaks per run (unclosed trees or parsers) shows as growth from
 * run 2, the first one after the JIT and the libraries have settled, to the last.
 */
final class RepeatedIndexRuns {

    private RepeatedIndexRuns() {}

    /**
     * The readings, one per run.
     *
     * @param outsideHeapKib VmRSS minus committed heap after each run and a full GC, in KiB
     * @param runNanos each run's wall time
     */
    record Result(List<Long> outsideHeapKib, List<Long> runNanos) {

        /** Run 10 against run 2 (or the last against the second), as a fraction: 0.05 is 5 % more. */
        double growth() {
            long second = outsideHeapKib.get(1);
            return (outsideHeapKib.getLast() - second) / (double) second;
        }
    }

    /** Indexes {@code root} {@code runs} times, deleting its state directory before each run. */
    static Result run(Path root, Path tmpDir, int runs) {
        if (runs < 2) {
            throw new IllegalArgumentException("T-14 compares run 2 with the last; runs must be >= 2, was " + runs);
        }
        Map<String, String> env = new HashMap<>(System.getenv());
        ColdIndex.childEnvironment(env, tmpDir, "");
        List<Long> outside = new ArrayList<>();
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
            outside.add(Memory.of(ProcessHandle.current().pid()).rssKib() - committedKib);
        }
        return new Result(List.copyOf(outside), List.copyOf(nanos));
    }

    /**
     * Returns the C heap's free memory to the OS ({@code jcmd <pid> System.trim_native_heap}, glibc's malloc_trim), so
     * that what stays resident is memory still in use: without it, freed parser memory kept by malloc's arenas moved
     * the reading by ±20 % from run to run and hid any trend.
     */
    private static void trimNativeHeap() {
        Path java = Path.of(ProcessHandle.current()
                .info()
                .command()
                .orElseThrow(() -> new AssertionError("cannot tell which java runs this JVM")));
        Path jcmd = java.resolveSibling("jcmd");
        List<String> command =
                List.of(jcmd.toString(), Long.toString(ProcessHandle.current().pid()), "System.trim_native_heap");
        Command trimmed = Command.run(command, Path.of("/tmp"), Duration.ofMinutes(1));
        if (!trimmed.succeeded()) {
            throw new AssertionError(trimmed.failure(command));
        }
    }
}
