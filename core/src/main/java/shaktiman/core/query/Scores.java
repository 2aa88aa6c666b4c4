package shaktiman.core.query;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** MCP-3's roundings: 4 decimals in structured output, 2 in text, both half-up on the decimal form of the double. */
final class Scores {
    private Scores() {}

    /** {@code value} rounded to 4 decimals. */
    static double round4(double value) {
        return decimal(value, 4).doubleValue();
    }

    /** {@code value} rounded to 4 decimals, in units of 0.0001. */
    static long units4(double value) {
        return decimal(value, 4).unscaledValue().longValueExact();
    }

    /** {@code value} rounded to 2 decimals for text, e.g. {@code 0.75}. */
    static String text2(double value) {
        return decimal(value, 2).toPlainString();
    }

    private static BigDecimal decimal(double value, int scale) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a score must be finite, was " + value);
        }
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }

    /** Whether {@code score} is at least {@code minScore}, both compared at 4 decimals (MCP-26 step 5). */
    static boolean atLeast(double score, double minScore) {
        return units4(score) >= units4(minScore);
    }
}
