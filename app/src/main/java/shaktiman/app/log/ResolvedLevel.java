package shaktiman.app.log;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link LogLevel#resolve}: the level to use, and the MI-32 warning to log when the given value was not
 * a known level.
 *
 * @param level the level to log at
 * @param warning the text of the WARN record to write once logging is set up, if the value was unknown
 */
public record ResolvedLevel(LogLevel level, Optional<String> warning) {
    public ResolvedLevel {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(warning, "warning");
    }
}
