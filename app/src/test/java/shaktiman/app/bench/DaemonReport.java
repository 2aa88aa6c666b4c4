package shaktiman.app.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

/** The benchmark's figures as a Markdown table, each next to its target (MI-13, issue #2). */
record DaemonReport(
        Samples leaderInitialize,
        Samples proxyInitialize,
        Samples pingLeader,
        Samples pingProxy,
        Samples failover,
        MemoryReading proxyMemory,
        MemoryReading leaderMemory,
        MachineFacts machine) {

    static final String COMMAND = "bin/bench-daemon";
    static final String MAVEN_COMMAND = "mvn -B -ntp -Pbench -pl app -am verify -DskipTests -Dit.test=DaemonBench";

    private static final double LEADER_INITIALIZE_MS = 2000;
    private static final double PROXY_INITIALIZE_MS = 1000;
    private static final double PROXY_OVERHEAD_MS = 0.2;
    private static final double FAILOVER_MS = 500;
    private static final double PROXY_RSS_MIB = 64;

    /** The proxy's added latency: p50 through a proxy minus p50 on the leader's own stdio. */
    double proxyOverheadMs() {
        return pingProxy.medianMs() - pingLeader.medianMs();
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# shaktimand benchmark\n\n");
        md.append("Command: `")
                .append(COMMAND)
                .append("` (runs `")
                .append(MAVEN_COMMAND)
                .append("`)  \n");
        md.append("Run: ")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .append(", commit ")
                .append(machine.commit())
                .append("\n\n");
        md.append("| Figure | Result | Target | Met |\n");
        md.append("|---|---|---|---|\n");
        row(
                md,
                "Leader: process start → `initialize` answered, existing index (n=" + leaderInitialize.count() + ")",
                "median " + ms(leaderInitialize.medianMs()) + ", min " + ms(leaderInitialize.minMs()) + ", max "
                        + ms(leaderInitialize.maxMs()),
                "≤ 2 s",
                Verdict.of(leaderInitialize.medianMs() <= LEADER_INITIALIZE_MS));
        row(
                md,
                "Proxy: process start → `initialize` answered, leader up (n=" + proxyInitialize.count() + ")",
                "median " + ms(proxyInitialize.medianMs()) + ", min " + ms(proxyInitialize.minMs()) + ", max "
                        + ms(proxyInitialize.maxMs()),
                "≤ 1 s",
                Verdict.of(proxyInitialize.medianMs() <= PROXY_INITIALIZE_MS));
        row(
                md,
                "`ping` on the leader's stdio (n=" + pingLeader.count() + ")",
                "p50 " + fine(pingLeader.medianMs()) + ", p99 " + fine(pingLeader.percentileMs(99)),
                "—",
                Verdict.NONE);
        row(
                md,
                "`ping` through a proxy: stdio → socket → leader (n=" + pingProxy.count() + ")",
                "p50 " + fine(pingProxy.medianMs()) + ", p99 " + fine(pingProxy.percentileMs(99)),
                "—",
                Verdict.NONE);
        row(
                md,
                "Proxy overhead (p50 difference)",
                fine(proxyOverheadMs()),
                "≤ 0.2 ms",
                Verdict.of(proxyOverheadMs() <= PROXY_OVERHEAD_MS));
        row(
                md,
                "Failover: SIGKILL of the leader → first answer (`summary`) through an idle proxy (n="
                        + failover.count() + ")",
                "median " + ms(failover.medianMs()) + ", min " + ms(failover.minMs()) + ", max " + ms(failover.maxMs()),
                "≤ 500 ms",
                Verdict.of(failover.medianMs() <= FAILOVER_MS));
        row(
                md,
                "Proxy resident memory: VmRSS right after the ping run → after 10 s idle (VmHWM)",
                memory(proxyMemory),
                "≤ 64 MiB idle",
                Verdict.of(proxyMemory.idle().rssMib() <= PROXY_RSS_MIB));
        row(
                md,
                "Leader resident memory: VmRSS right after the ping run → after 10 s idle (VmHWM)",
                memory(leaderMemory),
                "—",
                Verdict.NONE);
        md.append('\n');
        md.append("Machine: ")
                .append(machine.cpus())
                .append(" CPUs (")
                .append(machine.cpuModel())
                .append("), ")
                .append(machine.memoryMib())
                .append(" MiB RAM, load average at start ")
                .append(machine.loadAverage())
                .append("  \n");
        md.append("JDK: ").append(machine.jdk()).append("  \n");
        md.append("JVM flags (bin/_launch): `")
                .append(String.join(" ", machine.jvmFlags()))
                .append("`  \n");
        md.append("Project: a generated project of 200 Java files with an existing `.shaktiman/index.db`; the leader")
                .append(" does not index yet, so its size does not affect these figures.  \n");
        md.append("Pings are sequential, after 2,000 unmeasured warm-up pings per process, in alternating blocks of")
                .append(" 1,000 on the leader and the proxy. Targets are reported, never enforced.\n");
        return md.toString();
    }

    /** Writes {@link #markdown()} to {@code file}, creating its directory. */
    void writeTo(Path file) {
        BenchSetup.write(file.getParent(), Map.of(file.getFileName().toString(), markdown()));
    }

    private static void row(StringBuilder md, String figure, String result, String target, Verdict verdict) {
        md.append("| ")
                .append(figure)
                .append(" | ")
                .append(result)
                .append(" | ")
                .append(target)
                .append(" | ")
                .append(verdict.text())
                .append(" |\n");
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.0f ms", millis);
    }

    private static String fine(double millis) {
        return String.format(Locale.ROOT, "%.3f ms", millis);
    }

    private static String memory(MemoryReading reading) {
        return mib(reading.busy().rssMib()) + " → " + mib(reading.idle().rssMib()) + " ("
                + mib(reading.idle().hwmMib()) + ")";
    }

    private static String mib(double mib) {
        return String.format(Locale.ROOT, "%.1f MiB", mib);
    }

    /** Whether a figure meets its target, or has none. */
    private enum Verdict {
        MET("yes"),
        MISSED("**no**"),
        NONE("");

        private final String text;

        Verdict(String text) {
            this.text = text;
        }

        static Verdict of(boolean met) {
            return met ? MET : MISSED;
        }

        String text() {
            return text;
        }
    }
}
