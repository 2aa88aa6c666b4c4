package shaktiman.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import shaktiman.core.port.TermStatistics;

/** Verifies MCP-41's signals and MCP-42/44's combination and breakdown as pure functions. */
class RankingTest {
    private static final RankingWeights DEFAULTS = RankingWeights.DEFAULTS;

    @Test
    void idf_isTheSpecsSmoothedFormula() {
        double idf = Ranking.idf(2, 10);

        assertThat(idf).isCloseTo(Math.log(1 + (10 - 2 + 0.5) / (2 + 0.5)), within(1e-12));
    }

    @Test
    void coverage_countsTheIdfShareOfTheBaseTermsPresent() {
        TermStatistics statistics = new TermStatistics(10, Map.of("valid", 1L, "token", 4L));

        double coverage = Ranking.coverage(Set.of("token"), List.of("valid", "token"), statistics);

        double valid = Ranking.idf(1, 10);
        double token = Ranking.idf(4, 10);
        assertThat(coverage).isCloseTo(token / (valid + token), within(1e-12));
    }

    @Test
    void lexical_ofAFullMatchWithTheBestBm25_isOne() {
        assertThat(Ranking.lexical(1, 7.5, 7.5)).isEqualTo(1.0);
    }

    @Test
    void lexical_ofHalfTheBestBm25_isThreeQuartersOfCoverage() {
        assertThat(Ranking.lexical(0.8, 2, 4)).isCloseTo(0.8 * 0.75, within(1e-12));
    }

    @Test
    void semantic_belowTheFloor_isZeroAndAboveItScalesToOne() {
        assertThat(Ranking.semantic(0.2, 0.3)).isZero();
        assertThat(Ranking.semantic(0.65, 0.3)).isCloseTo(0.5, within(1e-12));
        assertThat(Ranking.semantic(1, 0.3)).isEqualTo(1.0);
    }

    @Test
    void change_halvesEveryTwelveHoursCountedInWholeMinutes() {
        assertThat(Ranking.change(Duration.ofHours(12), true)).isCloseTo(0.5, within(1e-12));
        assertThat(Ranking.change(Duration.ofSeconds(59), true)).isEqualTo(1.0);
        assertThat(Ranking.change(Duration.ZERO, false)).isEqualTo(0.25);
    }

    @Test
    void structural_isKOverKPlusOne() {
        assertThat(Ranking.structural(0)).isZero();
        assertThat(Ranking.structural(3)).isEqualTo(0.75);
    }

    @Test
    void combine_keywordOnlyPerfectMatchWithNoContext_scoresSeventyHundredths() {
        Explain explain = Ranking.combine(DEFAULTS, OptionalDouble.empty(), 1, 0, 0, 0);

        assertThat(explain.score()).isCloseTo(0.70, within(1e-12));
        assertThat(explain.signals().semantic().available()).isFalse();
        assertThat(explain.signals().lexical().weight()).isEqualTo(1.0);
        assertThat(explain.contextShare()).isEqualTo(0.3);
    }

    @Test
    void combine_withSemantic_renormalisesNothingAndWeighsSixToFour() {
        Explain explain = Ranking.combine(DEFAULTS, OptionalDouble.of(0.5), 1, 1, 1, 1);

        assertThat(explain.relevance()).isCloseTo(0.6 * 0.5 + 0.4, within(1e-12));
        assertThat(explain.context()).isCloseTo(1, within(1e-12));
        assertThat(explain.score()).isCloseTo(explain.relevance(), within(1e-12));
    }

    @Test
    void combine_withEveryContextWeightZero_setsBetaToZero() {
        RankingWeights weights = new RankingWeights(0.6, 0.4, 0, 0, 0, 0.3);

        Explain explain = Ranking.combine(weights, OptionalDouble.empty(), 0.8, 1, 1, 1);

        assertThat(explain.contextShare()).isZero();
        assertThat(explain.score()).isCloseTo(0.8, within(1e-12));
        assertThat(explain.signals().structural().available()).isFalse();
    }

    @Test
    void combine_aComputedZeroContextSignal_staysAvailable() {
        Explain explain = Ranking.combine(DEFAULTS, OptionalDouble.empty(), 0.5, 0, 0, 0);

        assertThat(explain.signals().session().available()).isTrue();
        assertThat(explain.signals().session().weight()).isEqualTo(0.3);
    }

    @Test
    void rounded_contributionsSumExactlyToTheRoundedScore_andScoreNeverExceedsRelevance() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            OptionalDouble semantic =
                    random.nextBoolean() ? OptionalDouble.of(random.nextDouble()) : OptionalDouble.empty();
            Explain exact = Ranking.combine(
                    DEFAULTS,
                    semantic,
                    random.nextDouble(),
                    random.nextDouble(),
                    random.nextDouble(),
                    random.nextDouble());

            Explain shown = Ranking.rounded(exact);

            long units = 0;
            for (Signal signal : shown.signals().all()) {
                units += Math.round(signal.contribution() * 10_000);
            }
            assertThat(units).isEqualTo(Scores.units4(exact.score()));
            assertThat(Scores.units4(exact.score())).isLessThanOrEqualTo(Scores.units4(exact.relevance()));
        }
    }
}
