package shaktiman.core.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Verifies IX-53's retry delay: 30 s doubling per attempt, one hour at most. */
class RetryBackoffTest {

    @Test
    void after_doublesFromThirtySecondsUpToAnHour() {
        assertThat(RetryBackoff.after(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryBackoff.after(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(RetryBackoff.after(7)).isEqualTo(Duration.ofSeconds(1920));
        assertThat(RetryBackoff.after(8)).isEqualTo(Duration.ofHours(1));
        assertThat(RetryBackoff.after(1_000)).isEqualTo(Duration.ofHours(1));
    }
}
