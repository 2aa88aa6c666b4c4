package shaktiman.app.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The index benchmark's figures (IX-71, issue #3 acceptance 4): a Markdown table per corpus with the targets, T-14's
 * readings, the machine and the command, and the same as JSON.
 *
 * @param corpora one entry per corpus, measured or skipped
 * @param repeated T-14's readings, or why they were not taken
 * @param machine the machine, JDK, JVM flags and commit
 * @param command the exact command, with any {@code -D} selection it was given
 * @param started when the run began
 */
record IndexReport(
        List<CorpusFigures> corpora,
        Optional<RepeatedIndexRuns.Result> repeated,
        String repeatedNote,
        MachineFacts machine,
        String command,
        Instant started) {

    static final String MAVEN_COMMAND = "mvn -B -ntp -Pbench -pl app -am verify -DskipTests -Dit.test=IndexBench";

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Index benchmark\n\n");
        md.append("Command: `")
                .append(command)
                .append("` (runs `")
                .append(MAVEN_COMMAND)
                .append("`)  \n");
        md.append("Run: ")
                .append(started.truncatedTo(ChronoUnit.SECONDS))
                .append(", commit ")
                .append(machine.commit())
                .append("  \n");
        md.append("Machine: ")
                .append(machine.cpus())
                .append(" cores (")
                .append(machine.cpuModel())
                .append("), ")
                .append(machine.memoryMib())
                .append(" MiB, load average ")
                .append(machine.loadAverage())
                .append(" at the start  \n");
        md.append("JDK: ")
                .append(machine.jdk())
                .append(", flags ")
                .append(String.join(" ", machine.jvmFlags()))
                .append("\n\n");
        md.append("| Corpus | Files | MB | Chunks | Symbols | Edges | Cold index | Files/s | MB/s | Peak RSS"
                + " | Index on disk | Save → searchable p50 / p95 after debounce (raw) | Partition (T-20) |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        for (CorpusFigures figures : corpora) {
            md.append(row(figures)).append('\n');
        }
        md.append("\nTargets on 2 cores (IX-71): cold index without embeddings ≥ 1,000 files/s and ≥ 10 MB/s;"
                        + " save → searchable p50 ≤ 100 ms, p95 ≤ 250 ms after the ")
                .append(SaveToSearchable.DEBOUNCE_MS)
                .append(" ms debounce; the 10,000-file run completes with `-Xmx512m`.\n");
        md.append("MB is 10^6 bytes of indexed files; cold index is `bin/shaktiman index` from an empty state, fork to"
                        + " exit; peak RSS is the JVM's VmHWM; index on disk is `index.db` + `-wal` + `-shm`;"
                        + " save → searchable is ")
                .append(SaveToSearchable.EDITS)
                .append(" appended identifiers under a running `bin/shaktimand`, each timed until a read-only FTS"
                        + " query finds it.\n\n");
        md.append("Sources:\n\n");
        for (CorpusFigures figures : corpora) {
            md.append("- ")
                    .append(figures.corpus().name())
                    .append(": ")
                    .append(figures.corpus().source())
                    .append(figures.corpus()
                            .skipped()
                            .map(reason -> " — skipped: " + reason)
                            .orElse(""))
                    .append(figures.javaOpts().isEmpty() ? "" : " — run with SHAKTIMAN_JAVA_OPTS=" + figures.javaOpts())
                    .append('\n');
            figures.partition()
                    .filter(result -> result.failedFiles() > 0)
                    .ifPresent(result -> result.examples()
                            .forEach(example ->
                                    md.append("  - partition: ").append(example).append('\n')));
            figures.live()
                    .flatMap(SaveToSearchable.Result::notMeasured)
                    .ifPresent(note ->
                            md.append("  - save → searchable: ").append(note).append('\n'));
        }
        md.append("\nT-14 (native memory over repeated in-process full index runs of the generated corpus): ");
        repeated.ifPresentOrElse(
                result -> md.append("VmRSS minus committed heap after a full GC, per run: ")
                        .append(String.join(
                                ", ",
                                result.outsideHeapKib().stream()
                                        .map(kib -> mib(kib))
                                        .toList()))
                        .append("; last against run 2: ")
                        .append(String.format(Locale.ROOT, "%+.1f %%", result.growth() * 100))
                        .append(
                                " (must be within ±10 %). Of it, the native libraries' memory (VmRSS minus NMT's committed total), per run: ")
                        .append(String.join(
                                ", ",
                                result.untrackedKib().stream()
                                        .map(kib -> mib(kib))
                                        .toList()))
                        .append("; last against run 2: ")
                        .append(String.format(Locale.ROOT, "%+.1f %%", result.untrackedGrowth() * 100))
                        .append(" (a leak past ±10 % and 8 MiB fails)\n"),
                () -> md.append(repeatedNote).append('\n'));
        return md.toString();
    }

    private static String row(CorpusFigures f) {
        String name = f.corpus().name() + (f.javaOpts().isEmpty() ? "" : " (" + f.javaOpts() + ")");
        if (!f.measured()) {
            return "| " + name + " | skipped: "
                    + f.corpus().skipped().orElse("not measured").replace('|', '/')
                    + " |  |  |  |  |  |  |  |  |  |  |  |";
        }
        CorpusIndex.Totals t = f.totals().orElseThrow();
        ColdIndex cold = f.cold().orElseThrow();
        return String.join(
                " | ",
                "| " + name,
                String.format(Locale.ROOT, "%,d", t.files()),
                String.format(Locale.ROOT, "%.1f", f.megabytes()),
                String.format(Locale.ROOT, "%,d", t.chunks()),
                String.format(Locale.ROOT, "%,d", t.symbols()),
                String.format(Locale.ROOT, "%,d", t.edges()),
                String.format(Locale.ROOT, "%.1f s", f.seconds()),
                String.format(Locale.ROOT, "%,.0f", f.filesPerSecond()),
                String.format(Locale.ROOT, "%.2f", f.megabytesPerSecond()),
                mib(cold.peakRssKib()),
                String.format(Locale.ROOT, "%.1f MiB", f.indexBytes() / 1024.0 / 1024.0),
                live(f.live()),
                partition(f.partition()) + " |");
    }

    private static String live(Optional<SaveToSearchable.Result> live) {
        if (live.isEmpty()) {
            return "not run";
        }
        SaveToSearchable.Result result = live.get();
        if (result.nanos().size() < SaveToSearchable.EDITS
                || result.notMeasured().isPresent()) {
            return result.notMeasured().orElse("n/a").startsWith("n/a")
                    ? result.notMeasured().orElse("n/a").replace('|', '/')
                    : "n/a (" + result.nanos().size() + " of " + SaveToSearchable.EDITS + " edits found)";
        }
        Samples raw =
                Samples.of(result.nanos().stream().mapToLong(Long::longValue).toArray());
        double debounce = SaveToSearchable.DEBOUNCE_MS;
        return String.format(
                Locale.ROOT,
                "%.0f / %.0f ms (%.0f / %.0f ms)",
                raw.percentileMs(50) - debounce,
                raw.percentileMs(95) - debounce,
                raw.percentileMs(50),
                raw.percentileMs(95));
    }

    private static String partition(Optional<PartitionSweep.Result> partition) {
        return partition
                .map(result -> result.failedFiles() == 0
                        ? String.format(Locale.ROOT, "holds (%,d files)", result.files())
                        : String.format(
                                Locale.ROOT, "%,d of %,d files violate it", result.failedFiles(), result.files()))
                .orElse("not checked");
    }

    private static String mib(long kib) {
        return String.format(Locale.ROOT, "%.0f MiB", kib / 1024.0);
    }

    String json() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("command", command).put("maven_command", MAVEN_COMMAND).put("started", started.toString());
        ObjectNode machineNode = root.putObject("machine");
        machineNode
                .put("cpus", machine.cpus())
                .put("cpu_model", machine.cpuModel())
                .put("memory_mib", machine.memoryMib())
                .put("load_average_at_start", machine.loadAverage())
                .put("jdk", machine.jdk())
                .put("commit", machine.commit());
        machine.jvmFlags().forEach(machineNode.putArray("jvm_flags")::add);
        ArrayNode corpusNodes = root.putArray("corpora");
        for (CorpusFigures f : corpora) {
            ObjectNode node = corpusNodes.addObject();
            node.put("name", f.corpus().name()).put("source", f.corpus().source());
            f.corpus().skipped().ifPresent(reason -> node.put("skipped", reason));
            if (!f.javaOpts().isEmpty()) {
                node.put("shaktiman_java_opts", f.javaOpts());
            }
            f.totals()
                    .ifPresent(t -> node.put("files", t.files())
                            .put("bytes", t.bytes())
                            .put("chunks", t.chunks())
                            .put("symbols", t.symbols())
                            .put("edges", t.edges()));
            f.cold()
                    .ifPresent(cold -> node.put("cold_wall_ms", cold.wallNanos() / 1e6)
                            .put("files_per_s", f.filesPerSecond())
                            .put("mb_per_s", f.megabytesPerSecond())
                            .put("peak_rss_kib", cold.peakRssKib())
                            .put("index_bytes", f.indexBytes()));
            f.partition().ifPresent(p -> {
                ObjectNode partitionNode =
                        node.putObject("partition").put("files", p.files()).put("failed_files", p.failedFiles());
                p.examples().forEach(partitionNode.putArray("examples")::add);
            });
            f.live().ifPresent(live -> {
                ObjectNode liveNode = node.putObject("save_to_searchable")
                        .put("edits", SaveToSearchable.EDITS)
                        .put("debounce_ms", SaveToSearchable.DEBOUNCE_MS);
                live.nanos().forEach(nanos -> liveNode.withArray("raw_ms").add(nanos / 1e6));
                live.notMeasured().ifPresent(note -> liveNode.put("not_measured", note));
            });
        }
        ObjectNode t14 = root.putObject("t14");
        repeated.ifPresentOrElse(
                result -> {
                    result.outsideHeapKib().forEach(t14.putArray("outside_heap_kib")::add);
                    result.runNanos().forEach(nanos -> t14.withArray("run_ms").add(nanos / 1e6));
                    t14.put("growth", result.growth());
                    result.untrackedKib().forEach(t14.putArray("untracked_native_kib")::add);
                    t14.put("untracked_growth", result.untrackedGrowth());
                },
                () -> t14.put("not_run", repeatedNote));
        return BenchSetup.json(root);
    }

    /** Writes {@code index.md} and {@code index.json} into {@code dir}. */
    void writeTo(Path dir) {
        BenchSetup.write(dir, Map.of("index.md", markdown(), "index.json", json()));
    }
}
