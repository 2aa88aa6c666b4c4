package shaktiman.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Verifies MCP-43's session history: recency, frequency and decay, whole minutes, and LRU eviction. */
class SessionHistoryTest {
    private static final SessionHistory.Key A = SessionHistory.Key.of("a.ts", "f", 3);
    private static final SessionHistory.Key B = SessionHistory.Key.of("b.ts", "", 7);

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-05-01T08:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void key_withoutQualifiedName_usesTheStartLine() {
        assertThat(B.name()).isEqualTo("@7");
    }

    @Test
    void values_withNoHistory_areZero() {
        SessionHistory history = SessionHistory.create(new ManualClock());

        assertThat(history.values(List.of(A))).containsEntry(A, 0.0);
    }

    @Test
    void values_afterRepeatedHits_riseWithFrequency() {
        SessionHistory history = SessionHistory.create(new ManualClock());
        history.record(List.of(A));
        double once = history.values(List.of(A)).get(A);
        history.record(List.of(A));

        double twice = history.values(List.of(A)).get(A);

        assertThat(once).isCloseTo(0.25, within(1e-12));
        assertThat(twice).isCloseTo(Math.log(3) / Math.log(2) / 4, within(1e-12));
    }

    @Test
    void values_decayPerLaterCallAndHalveEveryTenWholeMinutes() {
        ManualClock clock = new ManualClock();
        SessionHistory history = SessionHistory.create(clock);
        history.record(List.of(A));
        history.record(List.of(B));
        clock.now = clock.now.plus(Duration.ofMinutes(10)).plusSeconds(59);

        double value = history.values(List.of(A)).get(A);

        assertThat(value).isCloseTo(0.25 * 0.9 * 0.5, within(1e-12));
    }

    @Test
    void record_pastCapacity_evictsTheLeastRecentlyHit() {
        SessionHistory history = SessionHistory.create(new ManualClock());
        history.record(List.of(A));
        List<SessionHistory.Key> many = new ArrayList<>();
        for (int i = 0; i < SessionHistory.CAPACITY - 1; i++) {
            many.add(SessionHistory.Key.of("f" + i, "x", 1));
        }
        history.record(many);
        history.record(List.of(A));

        history.record(List.of(B));

        assertThat(history.size()).isEqualTo(SessionHistory.CAPACITY);
        assertThat(history.values(List.of(A)).get(A)).isPositive();
        assertThat(history.values(List.of(many.getFirst())).get(many.getFirst()))
                .isZero();
    }

    @Test
    void none_neverRemembers() {
        SessionHistory history = SessionHistory.none();
        history.record(List.of(A));

        assertThat(history.values(List.of(A))).containsEntry(A, 0.0);
    }
}
