package shaktiman.core.tools;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The duration syntax of {@code diff}'s {@code since} (MCP-35): one or more {@code <number><unit>} with units
 * {@code s m h d}, decimals allowed ({@code 90m}, {@code 1h30m}, {@code 1.5h}, {@code 7d}), from 1 s to 720 h. Pure and
 * thread-safe.
 */
public final class DurationText {

    /** The shortest accepted duration. */
    public static final Duration MIN = Duration.ofSeconds(1);

    /** The longest accepted duration. */
    public static final Duration MAX = Duration.ofHours(720);

    private static final Pattern WHOLE = Pattern.compile("(?:(?:\\d+(?:\\.\\d*)?|\\.\\d+)[smhd])+");
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)([smhd])");
    private static final BigDecimal MIN_SECONDS = BigDecimal.valueOf(MIN.toSeconds());
    private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(MAX.toSeconds());
    private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

    private DurationText() {}

    /**
     * The duration {@code text} denotes, or empty when it is not the syntax above or lies outside 1 s to 720 h. Units
     * may repeat and come in any order; their values add up. No whitespace, sign or exponent is accepted.
     */
    public static Optional<Duration> parse(String text) {
        // Bounds the work on hostile input: 720h needs far fewer characters than this.
        if (text.length() > 64 || !WHOLE.matcher(text).matches()) {
            return Optional.empty();
        }
        BigDecimal seconds = BigDecimal.ZERO;
        Matcher part = PART.matcher(text);
        while (part.find()) {
            seconds = seconds.add(new BigDecimal(part.group(1)).multiply(unitSeconds(part.group(2))));
        }
        if (seconds.compareTo(MIN_SECONDS) < 0 || seconds.compareTo(MAX_SECONDS) > 0) {
            return Optional.empty();
        }
        long nanos = seconds.multiply(NANOS_PER_SECOND)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
        return Optional.of(Duration.ofNanos(nanos));
    }

    private static BigDecimal unitSeconds(String unit) {
        return BigDecimal.valueOf(
                switch (unit) {
                    case "s" -> 1L;
                    case "m" -> 60L;
                    case "h" -> 3_600L;
                    case "d" -> 86_400L;
                    default -> throw new AssertionError("unit outside [smhd]: " + unit);
                });
    }
}
