package shaktiman.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Verifies MCP-35's duration syntax, as the argument parser's DurationText reads it, and its 1 s to 720 h range. */
class SinceDurationTest {
    @ParameterizedTest
    @CsvSource({
        "90m, PT1H30M",
        "1h30m, PT1H30M",
        "7d, PT168H",
        "1s, PT1S",
        "720h, PT720H",
        "1.5h, PT1H30M",
        "1.h, PT1H",
        ".5h, PT30M",
        "24h, PT24H"
    })
    void parse_ofAValidDuration_givesItsLength(String text, String expected) {
        assertThat(SinceDuration.parse(text)).isEqualTo(Duration.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-1h", "0s", "0.5s", "721h", "31d", "1 h", "1H", "h", "1h-", ".h", "1w", "10"})
    void parse_ofAnInvalidDuration_failsWithTheRule(String text) {
        assertThatThrownBy(() -> SinceDuration.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(SinceDuration.RULE);
    }
}
