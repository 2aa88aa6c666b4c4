package shaktiman.app.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The retrieval-quality figures (issue #4, acceptance 2): a Markdown table of MRR@10 and recall@10 per mode, with the
 * keyword-only / grep ratio against the 1.5× target, and a detail page with every query's rank per mode and the top
 * results, for diagnosis.
 *
 * @param corpus where the corpus comes from, pinned
 * @param files the indexed files the queries ran over (impl scope)
 * @param queries the query set, in file order
 * @param modes one entry per mode, in report order
 * @param command the command that produced it
 * @param commit the commit measured
 * @param started when the run began
 */
record QualityReport(
        String corpus,
        int files,
        List<QualityQuery> queries,
        List<ModeOutcome> modes,
        String command,
        String commit,
        Instant started) {

    static final int K = 10;
    static final double TARGET = 1.5;
    static final String GREP = "grep baseline";
    static final String KEYWORD = "keyword-only";
    static final String MAVEN_COMMAND = "mvn -B -ntp -Pbench -pl app -am verify -DskipTests -Dit.test=QualityBench";

    QualityReport {
        queries = List.copyOf(queries);
        modes = List.copyOf(modes);
    }

    /**
     * One mode's outcome: its per-query metrics and top results (aligned with the query list), or why it did not run.
     */
    record ModeOutcome(
            String name,
            Optional<String> unavailable,
            List<RankingMetrics> metrics,
            List<List<QualityMode.Retrieved>> results) {
        ModeOutcome {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(unavailable, "unavailable");
            metrics = List.copyOf(metrics);
            results = List.copyOf(results);
        }

        static ModeOutcome unavailable(String name, String reason) {
            return new ModeOutcome(name, Optional.of(reason), List.of(), List.of());
        }

        RankingMetrics.Mean mean() {
            return RankingMetrics.Mean.of(metrics);
        }
    }

    /** The mean over the queries of {@code style} only. */
    private RankingMetrics.Mean meanOf(ModeOutcome mode, String style) {
        List<RankingMetrics> selected = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            if (queries.get(i).style().equals(style)) {
                selected.add(mode.metrics().get(i));
            }
        }
        return RankingMetrics.Mean.of(selected);
    }

    private Optional<ModeOutcome> mode(String name) {
        return modes.stream()
                .filter(m -> m.name().equals(name) && m.unavailable().isEmpty())
                .findFirst();
    }

    /** keyword-only MRR@10 / grep MRR@10, empty when either did not run or grep scored 0. */
    Optional<Double> keywordOverGrep() {
        Optional<ModeOutcome> grep = mode(GREP);
        Optional<ModeOutcome> keyword = mode(KEYWORD);
        if (grep.isEmpty() || keyword.isEmpty() || grep.get().mean().mrr() == 0) {
            return Optional.empty();
        }
        return Optional.of(keyword.get().mean().mrr() / grep.get().mean().mrr());
    }

    /** The summary table with its context lines: what the README shows. */
    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Retrieval quality\n\n");
        md.append("Command: `bin/bench-quality` (runs `").append(MAVEN_COMMAND).append("`)  \n");
        md.append("Run: ")
                .append(started.truncatedTo(ChronoUnit.SECONDS))
                .append(", commit ")
                .append(commit)
                .append("  \n");
        md.append("Corpus: ")
                .append(corpus)
                .append(", ")
                .append(String.format(Locale.ROOT, "%,d", files))
                .append(" indexed files (impl scope)  \n");
        long ident = queries.stream().filter(q -> q.style().equals("ident")).count();
        md.append("Queries: ")
                .append(queries.size())
                .append(" (")
                .append(ident)
                .append(" with identifier-like words, ")
                .append(queries.size() - ident)
                .append(" in plain language), `app/src/test/resources/bench/quality/guava-queries.tsv`\n\n");
        md.append("| Mode | MRR@10 | Recall@10 | MRR@10 ident | MRR@10 plain | Queries |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        for (ModeOutcome mode : modes) {
            if (mode.unavailable().isPresent()) {
                md.append("| ")
                        .append(mode.name())
                        .append(" | ")
                        .append(mode.unavailable().get().replace('|', '/'))
                        .append(" |  |  |  |  |\n");
                continue;
            }
            RankingMetrics.Mean mean = mode.mean();
            md.append("| ")
                    .append(mode.name())
                    .append(" | ")
                    .append(fixed(mean.mrr()))
                    .append(" | ")
                    .append(fixed(mean.recall()))
                    .append(" | ")
                    .append(fixed(meanOf(mode, "ident").mrr()))
                    .append(" | ")
                    .append(fixed(meanOf(mode, "plain").mrr()))
                    .append(" | ")
                    .append(mean.queries())
                    .append(" |\n");
        }
        md.append('\n');
        keywordOverGrep()
                .ifPresentOrElse(
                        ratio -> md.append(String.format(
                                Locale.ROOT,
                                "keyword-only / grep MRR@10: %.2f× (target ≥ %.1f×: %s)\n",
                                ratio,
                                TARGET,
                                ratio >= TARGET ? "met" : "not met")),
                        () -> md.append("keyword-only / grep MRR@10: n/a\n"));
        md.append("\nA result answers a query when its file is one of the query's expected files. The engine's modes"
                + " call `search` in process (locate mode, `max_results` 10, scope `impl`, default weights, a fresh"
                + " session per query) with `min_score` 0 unless the mode says otherwise (0.15 is the default);"
                + " their results are chunks, so one file may fill several of the 10 places. The grep baseline"
                + " ranks the same files by the summed case-insensitive whole-word counts of the query's"
                + " non-stop words, ties by path. Recall@10 is the share of a query's expected files in its top"
                + " 10, averaged over the queries.\n");
        return md.toString();
    }

    /** Every query's first answering rank per mode, and each mode's top three results. */
    String detail() {
        List<ModeOutcome> ran =
                modes.stream().filter(m -> m.unavailable().isEmpty()).toList();
        StringBuilder md = new StringBuilder("# Retrieval quality: per query\n\n");
        md.append("Rank of the first answering result in the top ")
                .append(K)
                .append(" (— when none).\n\n| Query | Style | Text | Expected |");
        ran.forEach(m -> md.append(' ').append(m.name()).append(" |"));
        md.append("\n|---|---|---|---|");
        ran.forEach(m -> md.append("---:|"));
        md.append('\n');
        for (int i = 0; i < queries.size(); i++) {
            QualityQuery query = queries.get(i);
            md.append("| ")
                    .append(query.id())
                    .append(" | ")
                    .append(query.style())
                    .append(" | ")
                    .append(query.text().replace('|', '/'))
                    .append(" | ")
                    .append(String.join(
                            ", ",
                            query.expected().stream()
                                    .map(QualityReport::shortPath)
                                    .toList()))
                    .append(" |");
            for (ModeOutcome mode : ran) {
                RankingMetrics m = mode.metrics().get(i);
                md.append(' ')
                        .append(
                                m.firstRank().isPresent()
                                        ? Integer.toString(m.firstRank().getAsInt())
                                        : "—")
                        .append(" |");
            }
            md.append('\n');
        }
        md.append("\n## Top three results per query and mode\n\n");
        for (int i = 0; i < queries.size(); i++) {
            QualityQuery query = queries.get(i);
            md.append("- **")
                    .append(query.id())
                    .append("** ")
                    .append(query.text())
                    .append('\n');
            for (ModeOutcome mode : ran) {
                List<QualityMode.Retrieved> top = mode.results().get(i);
                md.append("  - ")
                        .append(mode.name())
                        .append(": ")
                        .append(
                                top.isEmpty()
                                        ? "(no results)"
                                        : String.join(
                                                "; ",
                                                top.stream()
                                                        .limit(3)
                                                        .map(r -> shortPath(r.label()))
                                                        .toList()))
                        .append('\n');
            }
        }
        return md.toString();
    }

    /** Writes {@code quality.md} and {@code quality-detail.md} into {@code dir}. */
    void writeTo(Path dir) {
        BenchSetup.write(dir, Map.of("quality.md", markdown(), "quality-detail.md", detail()));
    }

    private static String shortPath(String path) {
        return path.startsWith("com/google/common/") ? path.substring("com/google/common/".length()) : path;
    }

    private static String fixed(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
