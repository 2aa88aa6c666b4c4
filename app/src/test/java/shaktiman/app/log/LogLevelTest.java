package shaktiman.app.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Verifies MI-32's level resolution: flag over environment over info, accepted spellings, and the warning text. */
class LogLevelTest {
    @Test
    void resolve_withNeitherFlagNorEnv_returnsInfoWithoutWarning() {
        ResolvedLevel resolved = LogLevel.resolve(null, null);

        assertThat(resolved).isEqualTo(new ResolvedLevel(LogLevel.INFO, Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource({
        "debug, DEBUG",
        "DEBUG, DEBUG",
        "Info, INFO",
        "info, INFO",
        "warn, WARN",
        "WARNING, WARN",
        "Warning, WARN",
        "error, ERROR",
        "ERROR, ERROR"
    })
    void resolve_withAcceptedValueInAnyCase_returnsThatLevel(String value, LogLevel expected) {
        ResolvedLevel fromFlag = LogLevel.resolve(value, null);
        ResolvedLevel fromEnv = LogLevel.resolve(null, value);

        assertThat(fromFlag).isEqualTo(new ResolvedLevel(expected, Optional.empty()));
        assertThat(fromEnv).isEqualTo(new ResolvedLevel(expected, Optional.empty()));
    }

    @Test
    void resolve_withFlagAndEnv_usesTheFlag() {
        ResolvedLevel resolved = LogLevel.resolve("error", "debug");

        assertThat(resolved.level()).isEqualTo(LogLevel.ERROR);
    }

    @Test
    void resolve_withUnknownFlag_returnsInfoAndWarningNamingTheFlagEvenIfEnvIsValid() {
        ResolvedLevel resolved = LogLevel.resolve("verbose", "debug");

        assertThat(resolved)
                .isEqualTo(new ResolvedLevel(
                        LogLevel.INFO, Optional.of("unknown log level \"verbose\" from --log-level; using info")));
    }

    @Test
    void resolve_withUnknownEnv_returnsInfoAndWarningNamingTheVariable() {
        ResolvedLevel resolved = LogLevel.resolve(null, "trace");

        assertThat(resolved)
                .isEqualTo(new ResolvedLevel(
                        LogLevel.INFO,
                        Optional.of("unknown log level \"trace\" from SHAKTIMAN_LOG_LEVEL; using info")));
    }

    @Test
    void resolve_withEmptyEnv_treatsItAsUnset() {
        ResolvedLevel resolved = LogLevel.resolve(null, "");

        assertThat(resolved).isEqualTo(new ResolvedLevel(LogLevel.INFO, Optional.empty()));
    }
}
