package shaktiman.core.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Verifies the waiting schedule of MI-22. */
class BackoffTest {

    @Test
    void nextDelayMillis_fromStart_followsTheSpecSchedule() {
        Backoff backoff = new Backoff();

        long[] delays =
                IntStream.range(0, 8).mapToLong(i -> backoff.nextDelayMillis()).toArray();

        assertThat(delays).containsExactly(50, 100, 200, 400, 800, 1000, 1000, 1000);
    }
}
