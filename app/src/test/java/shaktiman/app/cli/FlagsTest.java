package shaktiman.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Verifies the duration rule of {@code --since} and MI-3's reading of the pid file. */
class FlagsTest {

    @ParameterizedTest
    @CsvSource({"1s,PT1S", "90m,PT1H30M", "24h,PT24H", "7d,PT168H", "720h,PT720H", "30d,PT720H"})
    void since_withUnitInRange_parses(String value, String expected) {
        Duration parsed = Flags.since("--since", value);

        assertThat(parsed).isEqualTo(Duration.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0s", "721h", "31d", "43201m"})
    void since_outOfRange_failsNamingTheRange(String value) {
        assertThatThrownBy(() -> Flags.since("--since", value))
                .isInstanceOf(UsageException.class)
                .hasMessage("--since must be between 1s and 720h, got " + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "24", "h", "1w", "1.5h", "-1h", "1h30m", "24 h"})
    void since_withoutOneWholeNumberAndUnit_failsNamingTheUnits(String value) {
        assertThatThrownBy(() -> Flags.since("--since", value))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("with unit s, m, h or d");
    }

    @Test
    void since_notGiven_isNull() {
        assertThat(Flags.since("--since", null)).isNull();
    }

    @Test
    void pidParse_withNewline_givesThePid() {
        assertThat(PidFile.parse("4242\n")).isEqualTo(OptionalLong.of(4242));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "abc\n", "42 \n", "-1\n", "0\n", "4242\n\n", "99999999999999999999\n"})
    void pidParse_emptyOrGarbled_isUnknown(String text) {
        assertThat(PidFile.parse(text)).isEmpty();
    }
}
