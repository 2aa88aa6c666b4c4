package shaktiman.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Verifies the quality benchmark's metrics (MRR@k, recall@k), its grep baseline's ranking and its query file. */
class RankingMetricsTest {

    @Test
    void of_withAnswerAtThirdPlace_givesReciprocalRankOneThird() {
        List<String> ranked = List.of("a", "b", "c", "d");

        RankingMetrics metrics = RankingMetrics.of(ranked, List.of("c"), 10);

        assertThat(metrics.reciprocalRank()).isEqualTo(1.0 / 3);
        assertThat(metrics.recall()).isEqualTo(1.0);
    }

    @Test
    void of_withAnswerBeyondK_countsNeitherRankNorRecall() {
        List<String> ranked = List.of("a", "b", "c");

        RankingMetrics metrics = RankingMetrics.of(ranked, List.of("c"), 2);

        assertThat(metrics.firstRank()).isEmpty();
        assertThat(metrics.reciprocalRank()).isZero();
        assertThat(metrics.recall()).isZero();
    }

    @Test
    void of_withRepeatedFile_countsItOnceForRecallAtItsBestPlace() {
        List<String> ranked = List.of("x", "a", "a", "a");

        RankingMetrics metrics = RankingMetrics.of(ranked, List.of("a", "b"), 10);

        assertThat(metrics.firstRank()).hasValue(2);
        assertThat(metrics.found()).isEqualTo(1);
        assertThat(metrics.recall()).isEqualTo(0.5);
    }

    @Test
    void mean_overQueries_averagesReciprocalRanksAndRecalls() {
        List<RankingMetrics> metrics = List.of(
                RankingMetrics.of(List.of("a"), List.of("a"), 10),
                RankingMetrics.of(List.of("x", "b"), List.of("b", "c"), 10),
                RankingMetrics.of(List.of("x"), List.of("y"), 10));

        RankingMetrics.Mean mean = RankingMetrics.Mean.of(metrics);

        assertThat(mean.mrr()).isEqualTo((1 + 0.5 + 0) / 3);
        assertThat(mean.recall()).isEqualTo((1 + 0.5 + 0) / 3);
        assertThat(mean.queries()).isEqualTo(3);
    }

    @Test
    void of_withNoExpectedFile_failsNamingIt() {
        assertThatThrownBy(() -> RankingMetrics.of(List.of("a"), List.of(), 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected file");
    }

    @Test
    void rank_withTiedCounts_ordersByPathAndDropsFilesWithoutWords() {
        GrepBaseline grep = new GrepBaseline(Map.of(
                "b/Cache.java", "cache CACHE",
                "a/Cache.java", "Cache expires",
                "c/None.java", "nothing here",
                "d/Loader.java", "cacheLoader cache_size"));

        List<String> ranked = grep.rank("the cache that expires", 10);

        assertThat(ranked).containsExactly("a/Cache.java", "b/Cache.java");
    }

    @Test
    void rank_overSeveralWords_sumsWholeWordCounts() {
        GrepBaseline grep = new GrepBaseline(Map.of(
                "one.txt", "split split split",
                "two.txt", "split trim trim trim trim"));

        List<String> ranked = grep.rank("split and trim", 10);

        assertThat(ranked).containsExactly("two.txt", "one.txt");
    }

    @Test
    void load_guavaQueries_holdsAtLeastFiftyOfBothStyles() {
        List<QualityQuery> queries = QualityQuery.load("/bench/quality/guava-queries.tsv");

        assertThat(queries).hasSizeGreaterThanOrEqualTo(50);
        assertThat(queries).extracting(QualityQuery::style).contains("ident", "plain");
        assertThat(queries).allSatisfy(query -> assertThat(query.expected()).allMatch(path -> path.endsWith(".java")));
    }

    @Test
    void parse_withMissingField_failsNamingTheLine() {
        assertThatThrownBy(() -> QualityQuery.parse("q.tsv", "# header\nq1\tplain\tno answer\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("q.tsv:2");
    }
}
