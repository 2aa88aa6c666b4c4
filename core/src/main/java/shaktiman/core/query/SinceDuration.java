package shaktiman.core.query;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MCP-35's {@code since}: one or more {@code <number><unit>} with units {@code s m h d} and optional decimals
 * ({@code 90m}, {@code 1h30m}, {@code 1.5h}, {@code 7d}), from 1 s to 720 h.
 */
public final class SinceDuration {
    /** MCP-18's rule text for an invalid {@code since}. */
    public static final String RULE = "must be a duration such as 90m, 1h30m or 7d (units s, m, h, d) from 1s to 720h";

    // The syntax of shaktiman.core.tools.DurationText, which checks the argument first: 1.h and .5h pass both.
    private static final Pattern WHOLE = Pattern.compile("(?:(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)[smhd])+");
    private static final Pattern PART = Pattern.compile("([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)([smhd])");
    private static final Duration MIN = Duration.ofSeconds(1);
    private static final Duration MAX = Duration.ofHours(720);

    private SinceDuration() {}

    /**
     * The duration {@code text} stands for, to the nanosecond.
     *
     * @throws IllegalArgumentException with {@link #RULE} as its message when the text is malformed or out of range
     */
    public static Duration parse(String text) {
        if (text.length() > 64 || !WHOLE.matcher(text).matches()) {
            throw new IllegalArgumentException(RULE);
        }
        BigDecimal nanos = BigDecimal.ZERO;
        Matcher part = PART.matcher(text);
        while (part.find()) {
            long unitNanos = switch (part.group(2)) {
                case "s" -> 1_000_000_000L;
                case "m" -> 60_000_000_000L;
                case "h" -> 3_600_000_000_000L;
                case "d" -> 86_400_000_000_000L;
                default -> throw new AssertionError("unit outside [smhd]: " + part.group(2));
            };
            nanos = nanos.add(new BigDecimal(part.group(1)).multiply(BigDecimal.valueOf(unitNanos)));
            if (nanos.compareTo(BigDecimal.valueOf(MAX.toNanos())) > 0) {
                throw new IllegalArgumentException(RULE);
            }
        }
        Duration duration = Duration.ofNanos(nanos.longValue());
        if (duration.compareTo(MIN) < 0 || duration.compareTo(MAX) > 0) {
            throw new IllegalArgumentException(RULE);
        }
        return duration;
    }
}
