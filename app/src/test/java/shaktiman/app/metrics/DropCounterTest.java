package shaktiman.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Verifies MCP-48's drop accounting: every drop is counted, and a WARN is due at the first and then once a minute. */
class DropCounterTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final DropCounter counter = new DropCounter(Duration.ofMinutes(1), nanos::get);

    @Test
    void drop_first_isDueWithTheCountOne() {
        assertThat(counter.drop()).isEqualTo(OptionalLong.of(1));
    }

    @Test
    void drop_withinAMinuteOfTheLastWarn_isCountedButNotDue() {
        counter.drop();
        nanos.addAndGet(Duration.ofSeconds(59).toNanos());

        OptionalLong second = counter.drop();

        assertThat(second).isEmpty();
        assertThat(counter.dropped()).isEqualTo(2);
    }

    @Test
    void drop_aMinuteAfterTheLastWarn_isDueWithTheTotal() {
        counter.drop();
        counter.drop();
        counter.drop();
        nanos.addAndGet(Duration.ofMinutes(1).toNanos());

        assertThat(counter.drop()).isEqualTo(OptionalLong.of(4));
        assertThat(counter.drop()).isEmpty();
    }
}
