package shaktiman.testkit.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import shaktiman.core.embed.CircuitBreaker;
import shaktiman.core.tools.CircuitState;
import shaktiman.testkit.SettableClock;

/** Verifies the provider circuit breaker of IX-56 on an injected clock (T-54). */
class CircuitBreakerTest {
    private final SettableClock clock = new SettableClock(Instant.parse("2025-03-01T12:00:00Z"));
    private final CircuitBreaker breaker = new CircuitBreaker(clock);

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            assertThat(breaker.tryAcquire()).isTrue();
            breaker.onFailure();
        }
    }

    /** Passes the cooldown and fails the one probe. */
    private void failProbeAfter(Duration cooldown) {
        clock.advance(cooldown);
        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
        assertThat(breaker.tryAcquire()).isTrue();
        breaker.onFailure();
    }

    @Test
    void closed_afterThreeConsecutiveFailures_opensForTenMinutes() {
        fail(2);
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);

        fail(1);

        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        assertThat(breaker.tryAcquire()).isFalse();
        assertThat(breaker.reopensAt()).contains(clock.instant().plus(Duration.ofMinutes(10)));
        clock.advance(Duration.ofMinutes(10).minusMillis(1));
        assertThat(breaker.tryAcquire()).isFalse();
    }

    @Test
    void open_afterItsCooldown_allowsExactlyOneProbe() {
        fail(3);
        clock.advance(Duration.ofMinutes(10));

        boolean probe = breaker.tryAcquire();
        boolean second = breaker.tryAcquire();

        assertThat(probe).isTrue();
        assertThat(second).isFalse();
        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
    }

    @Test
    void failedProbes_doubleTheCooldownUpToAnHour() {
        fail(3);

        failProbeAfter(Duration.ofMinutes(10));
        assertThat(breaker.cooldown()).isEqualTo(Duration.ofMinutes(20));
        failProbeAfter(Duration.ofMinutes(20));
        assertThat(breaker.cooldown()).isEqualTo(Duration.ofMinutes(40));
        failProbeAfter(Duration.ofMinutes(40));
        assertThat(breaker.cooldown()).isEqualTo(Duration.ofMinutes(60));
        failProbeAfter(Duration.ofMinutes(60));

        assertThat(breaker.cooldown()).isEqualTo(Duration.ofMinutes(60));
        assertThat(breaker.state()).isEqualTo(CircuitState.OPEN);
        clock.advance(Duration.ofMinutes(59));
        assertThat(breaker.tryAcquire()).isFalse();
    }

    @Test
    void successfulProbe_closesAndResetsTheCooldown() {
        fail(3);
        failProbeAfter(Duration.ofMinutes(10));
        clock.advance(Duration.ofMinutes(20));
        assertThat(breaker.tryAcquire()).isTrue();

        breaker.onSuccess();

        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        assertThat(breaker.cooldown()).isEqualTo(Duration.ofMinutes(10));
        fail(3);
        assertThat(breaker.reopensAt()).contains(clock.instant().plus(Duration.ofMinutes(10)));
    }

    @Test
    void permanentFailures_doNotCount() {
        for (int i = 0; i < 5; i++) {
            assertThat(breaker.tryAcquire()).isTrue();
            breaker.onPermanentFailure();
        }

        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void success_betweenFailures_restartsTheCount() {
        fail(2);
        assertThat(breaker.tryAcquire()).isTrue();
        breaker.onSuccess();

        fail(2);

        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void permanentFailureOfTheProbe_letsAnotherProbeThrough() {
        fail(3);
        clock.advance(Duration.ofMinutes(10));
        assertThat(breaker.tryAcquire()).isTrue();

        breaker.onPermanentFailure();

        assertThat(breaker.state()).isEqualTo(CircuitState.HALF_OPEN);
        assertThat(breaker.tryAcquire()).isTrue();
    }
}
