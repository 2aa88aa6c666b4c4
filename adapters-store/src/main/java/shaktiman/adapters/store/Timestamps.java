package shaktiman.adapters.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The one text form of times in the database (IX-37): ISO-8601 UTC with exactly three fraction digits, so that text
 * order is time order ({@link Instant#toString()} drops zero milliseconds and would break that).
 */
final class Timestamps {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {}

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    /**
     * The stored form of the first millisecond at or after {@code since}, for {@code column >= ?}: stored times have
     * millisecond precision, so a row stamped in the millisecond that {@code since} falls inside came before it.
     */
    static String lowerBound(Instant since) {
        if (since.isBefore(Instant.EPOCH)) {
            return ""; // before every stored time
        }
        Instant millis = since.truncatedTo(ChronoUnit.MILLIS);
        return format(millis.isBefore(since) ? millis.plusMillis(1) : millis);
    }
}
