package shaktiman.app.log;

import ch.qos.logback.classic.Level;
import java.util.Locale;
import java.util.Optional;

/** The four log levels a user can choose, and the MI-32 rule that picks one from the flag and the environment. */
public enum LogLevel {
    DEBUG(Level.DEBUG),
    INFO(Level.INFO),
    WARN(Level.WARN),
    ERROR(Level.ERROR);

    /** The command-line flag that sets the level, as named in warnings. */
    public static final String FLAG = "--log-level";

    /** The environment variable that sets the level when the flag is absent, as named in warnings. */
    public static final String ENV = "SHAKTIMAN_LOG_LEVEL";

    private final Level logback;

    LogLevel(Level logback) {
        this.logback = logback;
    }

    /**
     * Resolves the level as MI-32 says: the flag if given, else the environment variable, else {@link #INFO}.
     * Accepted values are {@code debug}, {@code info}, {@code warn}/{@code warning} and {@code error}, in any case. Any
     * other value gives {@link #INFO} and a warning text naming the value and where it came from; the caller logs it as
     * a WARN record once the log is open. A flag with a bad value still wins over a good environment value.
     *
     * @param flagValue the value of {@code --log-level}, or {@code null} when the flag was not given
     * @param envValue the value of {@code SHAKTIMAN_LOG_LEVEL}, or {@code null}; an empty value counts as unset
     */
    public static ResolvedLevel resolve(String flagValue, String envValue) {
        if (flagValue != null) {
            return parse(flagValue, FLAG);
        }
        if (envValue != null && !envValue.isEmpty()) {
            return parse(envValue, ENV);
        }
        return new ResolvedLevel(INFO, Optional.empty());
    }

    private static ResolvedLevel parse(String value, String source) {
        LogLevel level = switch (value.toLowerCase(Locale.ROOT)) {
            case "debug" -> DEBUG;
            case "info" -> INFO;
            case "warn", "warning" -> WARN;
            case "error" -> ERROR;
            default -> null;
        };
        if (level == null) {
            return new ResolvedLevel(
                    INFO, Optional.of("unknown log level \"" + value + "\" from " + source + "; using info"));
        }
        return new ResolvedLevel(level, Optional.empty());
    }

    Level toLogback() {
        return logback;
    }
}
