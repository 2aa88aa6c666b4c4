package shaktiman.app.cli;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks flag values after parsing; each failure is a {@link UsageException} naming the flag, the rule and the value. */
final class Flags {
    private static final Pattern DURATION = Pattern.compile("([0-9]{1,9})([smhd])");
    private static final Duration MIN_SINCE = Duration.ofSeconds(1);
    private static final Duration MAX_SINCE = Duration.ofHours(720);

    private Flags() {}

    /** An optional integer flag within {@code [min, max]}; null when not given. */
    static Integer intInRange(String flag, String value, int min, int max) {
        if (value == null) {
            return null;
        }
        String rule = "between " + min + " and " + max;
        int parsed;
        try {
            parsed = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException(flag + " must be an integer " + rule + ", got " + value);
        }
        if (parsed < min || parsed > max) {
            throw new UsageException(flag + " must be " + rule + ", got " + value);
        }
        return parsed;
    }

    /** An optional number flag within {@code [min, max]}; null when not given. */
    static Double numberInRange(String flag, String value, double min, double max, String range) {
        if (value == null) {
            return null;
        }
        double parsed;
        try {
            parsed = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new UsageException(flag + " must be a number between " + range + ", got " + value);
        }
        if (!(parsed >= min && parsed <= max)) { // also rejects NaN
            throw new UsageException(flag + " must be between " + range + ", got " + value);
        }
        return parsed;
    }

    /** An optional flag whose value must be one of {@code allowed}; null when not given. */
    static String oneOf(String flag, String value, List<String> allowed) {
        if (value == null || allowed.contains(value)) {
            return value;
        }
        throw new UsageException(flag + " must be one of " + String.join("|", allowed) + ", got " + value);
    }

    /** An optional duration flag from 1s to 720h, written as a whole number and one unit of s, m, h or d. */
    static Duration since(String flag, String value) {
        if (value == null) {
            return null;
        }
        Matcher matcher = DURATION.matcher(value);
        if (!matcher.matches()) {
            throw new UsageException(
                    flag + " must be a duration with unit s, m, h or d (for example 90m or 7d), got " + value);
        }
        long amount = Long.parseLong(matcher.group(1));
        Duration duration = switch (matcher.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> throw new AssertionError("the pattern admits only s, m, h and d, saw " + matcher.group(2));
        };
        if (duration.compareTo(MIN_SINCE) < 0 || duration.compareTo(MAX_SINCE) > 0) {
            throw new UsageException(flag + " must be between 1s and 720h, got " + value);
        }
        return duration;
    }

    /** A required text argument, trimmed, that must not be blank. */
    static String nonBlank(String label, String value) {
        if (value == null || value.isBlank()) {
            throw new UsageException(label + " must not be empty");
        }
        return value.strip();
    }
}
