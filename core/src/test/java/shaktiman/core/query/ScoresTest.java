package shaktiman.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Verifies MCP-3's roundings and MCP-26's min_score comparison at 4 decimals. */
class ScoresTest {
    @Test
    void round4_roundsHalfUpOnTheDecimalForm() {
        assertThat(Scores.round4(0.12345)).isEqualTo(0.1235);
        assertThat(Scores.round4(0.70000000001)).isEqualTo(0.7);
    }

    @Test
    void text2_showsTwoDecimals() {
        assertThat(Scores.text2(0.745)).isEqualTo("0.75");
        assertThat(Scores.text2(1)).isEqualTo("1.00");
    }

    @Test
    void atLeast_comparesAtFourDecimals() {
        assertThat(Scores.atLeast(0.14996, 0.15)).isTrue();
        assertThat(Scores.atLeast(0.14994, 0.15)).isFalse();
    }
}
