package shaktiman.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import shaktiman.adapters.store.SqliteIndexStore;
import shaktiman.app.config.Config;
import shaktiman.core.index.TestFileClassifier;
import shaktiman.core.query.QuerySettings;
import shaktiman.core.query.RankingWeights;
import shaktiman.core.query.SemanticSignal;

/**
 * The retrieval-quality benchmark (issue #4, acceptance 2): indexes a copy of guava's sources (fetched from Maven
 * Central into the benchmark cache) with a real {@code bin/shaktiman index}, runs the checked-in query set through the
 * query engine in process in each mode (keyword-only; hashing-hybrid, with every chunk embedded by the {@code hashing}
 * provider; neural-hybrid once there is one) and through a grep baseline, and reports MRR@10 and recall@10 per mode
 * in {@code app/target/bench/quality.md}, with every query's ranks in {@code quality-detail.md}. It fails only when
 * something does not work, never on a missed target. Run by {@code bin/bench-quality}, never by {@code verify}.
 */
@Timeout(value = 1, unit = TimeUnit.HOURS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class QualityBench {

    private static final String QUERIES = "/bench/quality/guava-queries.tsv";
    private static final Duration INDEX = Duration.ofMinutes(20);
    private static final Duration EMBED = Duration.ofMinutes(20);
    private static final Duration COPY = Duration.ofMinutes(5);
    private static final double DEFAULT_MIN_SCORE = 0.15;
    private static final QuerySettings WITHOUT_STRUCTURAL = new QuerySettings(
            withoutStructural(RankingWeights.DEFAULTS),
            QuerySettings.DEFAULTS.similarityFloor(),
            QuerySettings.DEFAULTS.searchMinScore(),
            QuerySettings.DEFAULTS.maxOutputTokens());

    @Test
    void search_overGuava_reportsMrrAndRecallPerModeNextToGrep() throws IOException {
        Path home = BenchSetup.shaktimanHome();
        Instant started = Instant.now();
        List<QualityQuery> queries = QualityQuery.load(QUERIES);
        CorpusCache cache = CorpusCache.fromEnv(System.getenv());
        BenchCorpus corpus = cache.mavenSources("guava", "com.google.guava", "guava", "33.4.8-jre");
        assertThat(corpus.skipped()).as("fetching %s", corpus.source()).isEmpty();
        System.out.println("quality bench: " + queries.size() + " queries over " + corpus.source());

        Path base = Files.createTempDirectory(Path.of("/tmp"), "shkq").toRealPath();
        QualityReport report;
        try {
            Path copy = copy(corpus.root().orElseThrow(), base.resolve("guava"));
            Path scratch = Files.createDirectories(base.resolve("scratch"));
            ColdIndex cold = ColdIndex.run(home, copy, scratch, "", INDEX);
            assertThat(cold.exitCode())
                    .as("bin/shaktiman index %s; stderr:\n%s", copy, cold.stderrTail())
                    .isZero();
            Path db = copy.resolve(".shaktiman/index.db");
            Map<String, String> files = implFiles(copy, db);
            for (QualityQuery query : queries) {
                assertThat(files.keySet())
                        .as("query %s's expected files are indexed impl files", query.id())
                        .containsAll(query.expected());
            }
            // One instant for every query, so that the change signal's ages do not drift during the run.
            Clock clock = Clock.fixed(Instant.now(), ZoneOffset.UTC);
            List<QualityReport.ModeOutcome> modes = new ArrayList<>();
            modes.add(run(queries, new QualityMode.Ready(QualityReport.GREP, grep(files))));
            try (SqliteIndexStore store = SqliteIndexStore.openReadOnly(db)) {
                var engine =
                        EngineSearch.engine(store.reader(), SemanticSignal.DISABLED, QuerySettings.DEFAULTS, clock);
                modes.add(
                        run(queries, new QualityMode.Ready(QualityReport.KEYWORD, EngineSearch.retriever(engine, 0))));
                modes.add(run(
                        queries,
                        new QualityMode.Ready(
                                QualityReport.KEYWORD + ", min_score 0.15",
                                EngineSearch.retriever(engine, DEFAULT_MIN_SCORE))));
                // Diagnostic: the same engine without MCP-41's structural signal (a configuration, not a code change),
                // to show how much of the ranking the 2-hop graph neighbourhood decides.
                var noStructural =
                        EngineSearch.engine(store.reader(), SemanticSignal.DISABLED, WITHOUT_STRUCTURAL, clock);
                modes.add(run(
                        queries,
                        new QualityMode.Ready(
                                QualityReport.KEYWORD + ", ranking.structural_weight 0 (diagnostic)",
                                EngineSearch.retriever(noStructural, 0))));
            }
            System.out.println("quality bench: embedding every chunk with the hashing provider");
            try (HashingSemantic hashing = HashingSemantic.embedAll(db, scratch.resolve("embeddings.bin"), EMBED)) {
                System.out.println("quality bench: " + hashing.embedded() + " chunks embedded");
                var engine = EngineSearch.engine(hashing.reader(), hashing.signal(), QuerySettings.DEFAULTS, clock);
                modes.add(run(queries, new QualityMode.Ready("hashing-hybrid", EngineSearch.retriever(engine, 0))));
                modes.add(run(
                        queries,
                        new QualityMode.Ready(
                                "hashing-hybrid, min_score 0.15", EngineSearch.retriever(engine, DEFAULT_MIN_SCORE))));
            }
            modes.add(run(
                    queries,
                    new QualityMode.Unavailable(
                            "neural-hybrid", "not available yet: no neural embedding provider in the build")));
            MachineFacts machine = MachineFacts.collect(
                    List.of(ProcessHandle.current().info().command().orElse("java")),
                    home,
                    MachineFacts.currentLoadAverage());
            report = new QualityReport(
                    corpus.source(), files.size(), queries, modes, "bin/bench-quality", machine.commit(), started);
        } finally {
            CorpusCache.deleteTree(base);
        }
        Path dir = home.resolve("app/target/bench");
        report.writeTo(dir);
        System.out.println(report.markdown());
        System.out.println("(written to " + dir.resolve("quality.md") + "; per query: quality-detail.md)");
    }

    private static RankingWeights withoutStructural(RankingWeights w) {
        return new RankingWeights(w.semantic(), w.lexical(), 0, w.change(), w.session(), w.contextShare());
    }

    private static QualityReport.ModeOutcome run(List<QualityQuery> queries, QualityMode mode) {
        return switch (mode) {
            case QualityMode.Unavailable unavailable ->
                QualityReport.ModeOutcome.unavailable(unavailable.name(), unavailable.reason());
            case QualityMode.Ready ready -> {
                System.out.println("quality bench: " + ready.name());
                List<RankingMetrics> metrics = new ArrayList<>();
                List<List<QualityMode.Retrieved>> results = new ArrayList<>();
                for (QualityQuery query : queries) {
                    List<QualityMode.Retrieved> top = ready.retriever().top(query.text(), QualityReport.K);
                    results.add(top);
                    metrics.add(RankingMetrics.of(
                            top.stream().map(QualityMode.Retrieved::file).toList(), query.expected(), QualityReport.K));
                }
                yield new QualityReport.ModeOutcome(ready.name(), Optional.empty(), metrics, results);
            }
        };
    }

    private static QualityMode.Retriever grep(Map<String, String> files) {
        GrepBaseline baseline = new GrepBaseline(files);
        return (query, k) -> baseline.rank(query, k).stream()
                .map(path -> new QualityMode.Retrieved(path, path))
                .toList();
    }

    /** The indexed files that are not tests by MCP-23's default patterns, with their text: what scope impl sees. */
    private static Map<String, String> implFiles(Path root, Path db) {
        Predicate<String> isTest = new TestFileClassifier(Config.Test.DEFAULT_PATTERNS);
        Map<String, String> files = new LinkedHashMap<>();
        try (CorpusIndex index = CorpusIndex.open(db)) {
            for (CorpusIndex.IndexedPath indexed : index.files()) {
                if (!isTest.test(indexed.path())) {
                    files.put(indexed.path(), read(root.resolve(indexed.path())));
                }
            }
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Path copy(Path from, Path to) {
        List<String> command = List.of("cp", "-a", from.toString(), to.toString());
        Command copied = Command.run(command, from.getParent(), COPY);
        if (!copied.succeeded()) {
            throw new AssertionError(copied.failure(command));
        }
        return to;
    }
}
