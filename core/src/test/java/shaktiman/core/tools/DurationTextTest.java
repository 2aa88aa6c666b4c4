package shaktiman.core.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Verifies MCP-35's duration syntax and its 1 s to 720 h range in {@link DurationText}. */
class DurationTextTest {

    static Stream<Arguments> valid() {
        return Stream.of(
                Arguments.of("1s", Duration.ofSeconds(1)),
                Arguments.of("90m", Duration.ofMinutes(90)),
                Arguments.of("1h30m", Duration.ofMinutes(90)),
                Arguments.of("30m1h", Duration.ofMinutes(90)),
                Arguments.of("24h", Duration.ofHours(24)),
                Arguments.of("7d", Duration.ofDays(7)),
                Arguments.of("30d", Duration.ofHours(720)),
                Arguments.of("720h", Duration.ofHours(720)),
                Arguments.of("1.5h", Duration.ofMinutes(90)),
                Arguments.of(".5m", Duration.ofSeconds(30)),
                Arguments.of("1.s", Duration.ofSeconds(1)),
                Arguments.of("0.5s0.5s", Duration.ofSeconds(1)),
                Arguments.of("1d2h3m4s", Duration.ofSeconds(86_400 + 7_200 + 180 + 4)),
                Arguments.of("1.25s", Duration.ofMillis(1_250)),
                Arguments.of("0h1s", Duration.ofSeconds(1)));
    }

    @ParameterizedTest
    @MethodSource("valid")
    void parse_ofValidText_givesItsDuration(String text, Duration expected) {
        assertThat(DurationText.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "-1h",
                "0s",
                "0.5s",
                "999ms",
                "720h1s",
                "31d",
                "721h",
                "",
                "h",
                "24",
                "1w",
                "1H",
                "1h 30m",
                " 1h",
                "+1h",
                "1e3s",
                "1,5h",
                "1..5h",
                "one hour",
                "1h-30m"
            })
    void parse_ofInvalidOrOutOfRangeText_isEmpty(String text) {
        assertThat(DurationText.parse(text)).isEmpty();
    }

    @Test
    void parse_ofVeryLongText_isEmptyWithoutParsingIt() {
        assertThat(DurationText.parse("1s".repeat(100_000))).isEmpty();
    }

    @Test
    void bounds_areOneSecondAndSevenHundredTwentyHours() {
        assertThat(DurationText.MIN).isEqualTo(Duration.ofSeconds(1));
        assertThat(DurationText.MAX).isEqualTo(Duration.ofHours(720));
    }
}
