package shaktiman.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import shaktiman.testkit.corpus.GeneratedCorpus;

/**
 * The query latency benchmark (issue #4, acceptance 3; MCP-46): indexes a copy of each corpus with a real {@code
 * bin/shaktiman index}, starts a real {@code bin/shaktimand} leader on it and a second one as its proxy, warms the
 * leader up through a third, throwaway proxy, then times every tool's round trip on the leader's own stdio and through
 * the proxy (sequential calls on one connection each, in alternating blocks), next to the leader's own {@code p50_ms}/
 * {@code p95_ms} for the same calls (MCP-49's per-connection stats). It writes {@code app/target/bench/query.md} and
 * {@code query.json}, and fails only when something does not work (a tool call that errs, a proxy that relays to
 * another leader), never on a missed target. Run by {@code bin/bench-query}, never by {@code verify}.
 *
 * <p>{@code -Dbench.corpora=guava,generated-12000} picks corpora (default both); {@code -Dbench.samples=N} sets the
 * samples per tool and path (default 500); {@code -Dbench.jfr=DIR} records the leader with JFR's {@code profile}
 * settings into {@code DIR/<corpus>.jfr} (a profiling run: its figures carry the recorder's cost).
 */
@Timeout(value = 3, unit = TimeUnit.HOURS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class QueryLatencyBench {

    static final String GUAVA = "guava";
    static final String GENERATED = "generated-12000";
    private static final int GENERATED_FILES = 12_000;
    private static final long GENERATED_SEED = 71L;
    private static final List<String> ALL = List.of(GUAVA, GENERATED);

    static final int WARM_UP = 200;
    static final int SAMPLES = 500;
    static final int BLOCK = 100;
    static final int PINGS = 1_000;
    private static final long ARGUMENT_SEED = 46L;
    private static final long WARM_UP_SEED = 4_600L;

    /** Bounds for something that does not work at all; far above any target, they never decide a figure. */
    private static final Duration INDEX = Duration.ofMinutes(60);

    private static final Duration START = Duration.ofSeconds(60);
    private static final Duration CALL = Duration.ofSeconds(60);
    private static final Duration READY = Duration.ofMinutes(10);
    private static final Duration COPY = Duration.ofMinutes(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void query_overGuavaAndGeneratedCorpus_reportsRoundTripPerToolDirectAndThroughProxy() throws IOException {
        Path home = BenchSetup.shaktimanHome();
        String loadAtStart = MachineFacts.currentLoadAverage();
        Instant started = Instant.now();
        Set<String> selected = BenchSetup.corpora(ALL);
        int samples = Integer.getInteger("bench.samples", SAMPLES);
        assertThat(samples % BLOCK)
                .as("-Dbench.samples is a multiple of %d", BLOCK)
                .isZero();
        Optional<Path> jfr = Optional.ofNullable(System.getProperty("bench.jfr"))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir).toAbsolutePath());
        CorpusCache cache = CorpusCache.fromEnv(System.getenv());
        System.out.println("query bench: corpora " + selected + ", " + samples + " samples per tool and path, cache "
                + cache.dir() + jfr.map(dir -> ", JFR into " + dir).orElse(""));

        Path base = Files.createTempDirectory(Path.of("/tmp"), "shkql").toRealPath();
        List<QueryLatencyReport.CorpusLatency> corpora = new ArrayList<>();
        List<String> commandLine = List.of();
        try {
            for (String name : selected) {
                BenchCorpus corpus = fetch(cache, name);
                assertThat(corpus.skipped()).as("fetching %s", corpus.source()).isEmpty();
                System.out.println("query bench: " + name + ": " + corpus.source());
                Measured measured = measure(home, corpus, base, samples, jfr);
                corpora.add(measured.latency());
                if (commandLine.isEmpty()) {
                    commandLine = measured.leaderCommandLine();
                }
            }
        } finally {
            CorpusCache.deleteTree(base);
        }
        MachineFacts machine = MachineFacts.collect(commandLine, home, loadAtStart);
        QueryLatencyReport report = new QueryLatencyReport(
                corpora,
                machine,
                MachineFacts.currentLoadAverage(),
                command(selected, samples, jfr),
                samples,
                jfr.isPresent(),
                started);
        Path dir = home.resolve("app/target/bench");
        report.writeTo(dir);
        System.out.println(report.markdown());
        System.out.println("(written to " + dir.resolve("query.md") + " and query.json)");
    }

    private record Measured(QueryLatencyReport.CorpusLatency latency, List<String> leaderCommandLine) {}

    private static Measured measure(Path home, BenchCorpus corpus, Path base, int samples, Optional<Path> jfr)
            throws IOException {
        String name = corpus.name();
        // Short names: the socket path P lies in the TMPDIR given to the daemons and must stay short (MI-14).
        Path copy = copy(corpus.root().orElseThrow(), base.resolve(name.substring(0, 1)));
        Path scratch = Files.createDirectories(base.resolve(name.charAt(0) + "t"));
        System.out.println("query bench: " + name + ": bin/shaktiman index " + copy);
        ColdIndex cold = ColdIndex.run(home, copy, scratch, "", INDEX);
        assertThat(cold.exitCode())
                .as("bin/shaktiman index %s; stderr:\n%s", copy, cold.stderrTail())
                .isZero();
        QueryWorkload workload = QueryWorkload.read(copy.resolve(".shaktiman/index.db"));
        System.out.println("query bench: " + name + ": indexed in " + cold.wallNanos() / 1_000_000 + " ms; "
                + workload.distinctNames() + " distinct symbol names, " + workload.linkedNames() + " with edges");

        String leaderOpts = jfr.map(dir -> "-XX:StartFlightRecording=filename=" + dir.resolve(name + ".jfr")
                        + ",settings=profile,dumponexit=true"
                        // JFR announces the recording on stdout, the MCP channel, unless its log goes elsewhere.
                        + " -Xlog:jfr+startup=error:stderr")
                .orElse("");
        jfr.ifPresent(QueryLatencyBench::createDirectories);
        List<BenchDaemon> daemons = new CopyOnWriteArrayList<>();
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("bench-query-watchdog").daemon(true).factory());
        watchdog.scheduleWithFixedDelay(
                () -> {
                    long now = System.nanoTime();
                    daemons.forEach(daemon -> daemon.expireIfOverdue(now));
                },
                100,
                100,
                TimeUnit.MILLISECONDS);
        try {
            BenchDaemon leader = start(home, copy, scratch, "leader", leaderOpts, daemons);
            leader.initialize(START);

            BenchDaemon warmUp = start(home, copy, scratch, "warm-up", "", daemons);
            warmUp.initialize(START);
            JsonNode summary = awaitReady(warmUp, READY);
            assertThat(summary.path("daemon").path("pid").asLong())
                    .as("%s relays to %s", warmUp, leader)
                    .isEqualTo(leader.pid());
            System.out.println("query bench: " + name + ": ready, " + summary.path("files") + " files, "
                    + summary.path("chunks") + " chunks; warming up");
            for (String tool : QueryWorkload.TOOLS) {
                for (ObjectNode arguments : workload.arguments(tool, WARM_UP, WARM_UP_SEED)) {
                    toolCall(warmUp, tool, arguments);
                }
            }
            warmUp.stop(CALL);

            BenchDaemon proxy = start(home, copy, scratch, "proxy", "", daemons);
            proxy.initialize(START);
            // The measured connections see no tool call before the timed ones, so that MCP-49's per-connection
            // stats hold exactly the timed calls; pings warm their own stdio and relay paths.
            for (int i = 0; i < PINGS; i++) {
                leader.call("ping", null, CALL);
                proxy.call("ping", null, CALL);
            }
            List<QueryLatencyReport.ToolLatency> tools = new ArrayList<>();
            for (String tool : QueryWorkload.TOOLS) {
                System.out.println("query bench: " + name + ": " + tool);
                tools.add(time(tool, workload.arguments(tool, samples, ARGUMENT_SEED), leader, proxy));
            }
            JsonNode leaderSummary = leader.summary(CALL);
            JsonNode proxySummary = proxy.summary(CALL);
            assertThat(proxySummary.path("daemon").path("pid").asLong())
                    .as("%s relays to %s", proxy, leader)
                    .isEqualTo(leader.pid());
            List<QueryLatencyReport.ToolLatency> withServer = tools.stream()
                    .map(t -> t.withServer(
                            QueryLatencyReport.ServerStats.of(leaderSummary
                                    .path("metrics")
                                    .path("connection")
                                    .path(t.tool())),
                            QueryLatencyReport.ServerStats.of(proxySummary
                                    .path("metrics")
                                    .path("connection")
                                    .path(t.tool())),
                            QueryLatencyReport.ServerStats.of(
                                    proxySummary.path("metrics").path("daemon").path(t.tool()))))
                    .toList();
            List<String> leaderCommandLine = leader.commandLine();
            proxy.stop(CALL);
            // A clean exit, so that the flight recording is dumped.
            leader.stop(CALL);
            return new Measured(
                    new QueryLatencyReport.CorpusLatency(
                            name,
                            corpus.source(),
                            summary.path("files").asLong(),
                            summary.path("chunks").asLong(),
                            summary.path("symbols").asLong(),
                            summary.path("edges").asLong(),
                            cold.wallNanos(),
                            workload.distinctNames(),
                            withServer),
                    leaderCommandLine);
        } finally {
            watchdog.shutdownNow();
            for (BenchDaemon daemon : daemons) {
                daemon.close();
            }
            CorpusCache.deleteTree(copy);
        }
    }

    /**
     * {@code arguments.size()} calls of {@code tool} on each of the two processes, in alternating blocks of {@link
     * #BLOCK} so that a change in the shared machine's load affects both paths alike; call {@code i} has the same
     * arguments on both.
     */
    private static QueryLatencyReport.ToolLatency time(
            String tool, List<ObjectNode> arguments, BenchDaemon leader, BenchDaemon proxy) {
        int count = arguments.size();
        long[] direct = new long[count];
        long[] relayed = new long[count];
        long[] textChars = new long[count];
        for (int block = 0; block < count; block += BLOCK) {
            for (int i = block; i < block + BLOCK; i++) {
                long started = System.nanoTime();
                JsonNode result = toolCall(leader, tool, arguments.get(i));
                direct[i] = System.nanoTime() - started;
                textChars[i] =
                        result.path("content").path(0).path("text").asText("").length();
            }
            for (int i = block; i < block + BLOCK; i++) {
                long started = System.nanoTime();
                toolCall(proxy, tool, arguments.get(i));
                relayed[i] = System.nanoTime() - started;
            }
        }
        return new QueryLatencyReport.ToolLatency(
                tool,
                Samples.of(direct),
                Samples.of(relayed),
                Arrays.stream(textChars).average().orElse(0),
                QueryLatencyReport.ServerStats.NONE,
                QueryLatencyReport.ServerStats.NONE,
                QueryLatencyReport.ServerStats.NONE);
    }

    /** One {@code tools/call}; a result flagged as an error fails the benchmark, since the tool does not work. */
    private static JsonNode toolCall(BenchDaemon daemon, String tool, ObjectNode arguments) {
        ObjectNode params = JSON.createObjectNode().put("name", tool);
        params.set("arguments", arguments);
        JsonNode result = daemon.call("tools/call", params, CALL);
        if (result.path("isError").asBoolean(false)) {
            throw new AssertionError(daemon + ": " + tool + " " + arguments + " failed: " + result);
        }
        return result;
    }

    private static BenchDaemon start(
            Path home, Path root, Path scratch, String label, String javaOpts, List<BenchDaemon> daemons) {
        Path stderr = scratch.resolve(label + ".err");
        ProcessBuilder builder = new ProcessBuilder(
                        home.resolve("bin/shaktimand").toString(), root.toString())
                .directory(scratch.toFile())
                .redirectError(stderr.toFile());
        ColdIndex.childEnvironment(builder.environment(), scratch, javaOpts);
        BenchDaemon daemon = BenchDaemon.start(label, builder, stderr);
        daemons.add(daemon);
        return daemon;
    }

    /** Polls {@code summary} until {@code index_state} is {@code ready}; returns that summary. */
    private static JsonNode awaitReady(BenchDaemon daemon, Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        JsonNode summary = daemon.summary(CALL);
        while (!summary.path("index_state").asText("").equals("ready")) {
            if (System.nanoTime() - end > 0
                    || summary.path("index_state").asText("").equals("error")) {
                throw new AssertionError(daemon + ": the index is not ready within " + deadline.toSeconds() + " s: "
                        + summary + "; stderr:\n" + daemon.stderr());
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
            summary = daemon.summary(CALL);
        }
        return summary;
    }

    private static BenchCorpus fetch(CorpusCache cache, String name) {
        return switch (name) {
            case GUAVA -> cache.mavenSources(name, "com.google.guava", "guava", "33.4.8-jre");
            case GENERATED ->
                cache.generated(
                        name,
                        "testkit GeneratedCorpus.write(root, " + GENERATED_FILES + ", " + GENERATED_SEED
                                + "): 16 languages",
                        tree -> GeneratedCorpus.write(tree, GENERATED_FILES, GENERATED_SEED));
            default -> throw new IllegalArgumentException("unknown corpus " + name + "; known: " + ALL);
        };
    }

    private static Path copy(Path from, Path to) {
        List<String> command = List.of("cp", "-a", from.toString(), to.toString());
        Command copied = Command.run(command, from.getParent(), COPY);
        if (!copied.succeeded()) {
            throw new AssertionError(copied.failure(command));
        }
        return to;
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new AssertionError("cannot create " + dir, e);
        }
    }

    private static String command(Set<String> selected, int samples, Optional<Path> jfr) {
        StringBuilder command = BenchSetup.command("bin/bench-query", selected, ALL);
        if (samples != SAMPLES) {
            command.append(" -Dbench.samples=").append(samples);
        }
        jfr.ifPresent(dir -> command.append(" -Dbench.jfr=").append(dir));
        return command.toString();
    }
}
