package shaktiman.core.embed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import shaktiman.core.tools.CircuitState;

/**
 * The circuit breaker around an embedding provider (IX-56). <b>Closed</b>: calls pass; after
 * {@value #FAILURE_THRESHOLD} consecutive counted failures it opens. <b>Open</b>: calls are refused until the cooldown
 * (10 min at first) has passed, then it is <b>half open</b> and lets exactly one probe through. A probe success
 * closes it and resets the cooldown to 10 min; a probe failure reopens it with the cooldown doubled, 60 min at most.
 * Permanent failures do not count. Time comes from the injected clock. Thread-safe.
 *
 * <p>Each call that {@link #tryAcquire()} allowed must end in exactly one of {@link #onSuccess()},
 * {@link #onFailure()} or {@link #onPermanentFailure()}.
 */
public final class CircuitBreaker {
    /** Consecutive failures that open a closed breaker. */
    public static final int FAILURE_THRESHOLD = 3;

    /** The first cooldown, and the one a probe success restores. */
    public static final Duration INITIAL_COOLDOWN = Duration.ofMinutes(10);

    /** The longest cooldown. */
    public static final Duration MAX_COOLDOWN = Duration.ofMinutes(60);

    private final Clock clock;
    private CircuitState state = CircuitState.CLOSED; // CLOSED, OPEN or HALF_OPEN; guarded by this
    private int consecutiveFailures;
    private Duration cooldown = INITIAL_COOLDOWN;
    private Instant openedAt = Instant.EPOCH;
    private boolean probeInFlight;

    /** A closed breaker reading time from {@code clock}. */
    public CircuitBreaker(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Asks to make one provider call.
     *
     * @return true when the call may go ahead (closed, or the single half-open probe); false while open, or while the
     *     probe is out
     */
    public synchronized boolean tryAcquire() {
        return switch (currentState()) {
            case CLOSED -> true;
            case OPEN, DISABLED -> false;
            case HALF_OPEN -> {
                state = CircuitState.HALF_OPEN;
                if (probeInFlight) {
                    yield false;
                }
                probeInFlight = true;
                yield true;
            }
        };
    }

    /** The allowed call succeeded: the breaker closes and forgets earlier failures. */
    public synchronized void onSuccess() {
        if (currentState() == CircuitState.HALF_OPEN) {
            cooldown = INITIAL_COOLDOWN;
        }
        state = CircuitState.CLOSED;
        consecutiveFailures = 0;
        probeInFlight = false;
    }

    /** The allowed call failed in a way that counts (transient): it may open the breaker. */
    public synchronized void onFailure() {
        switch (currentState()) {
            case HALF_OPEN -> {
                cooldown = min(cooldown.multipliedBy(2), MAX_COOLDOWN);
                open();
            }
            case CLOSED -> {
                consecutiveFailures++;
                if (consecutiveFailures >= FAILURE_THRESHOLD) {
                    open();
                }
            }
            case OPEN, DISABLED -> {
                // A call allowed before the breaker opened, ending late: the breaker is already open.
            }
        }
    }

    /** The allowed call failed permanently (a 4xx): nothing is counted; a half-open probe slot is given back. */
    public synchronized void onPermanentFailure() {
        probeInFlight = false;
    }

    /** The state now: open turns into half open once its cooldown has passed. */
    public synchronized CircuitState state() {
        return currentState();
    }

    /** While open, when the half-open probe becomes possible. */
    public synchronized Optional<Instant> reopensAt() {
        return currentState() == CircuitState.OPEN ? Optional.of(openedAt.plus(cooldown)) : Optional.empty();
    }

    /** The cooldown the breaker waits (or would wait) when open. */
    public synchronized Duration cooldown() {
        return cooldown;
    }

    private CircuitState currentState() {
        if (state == CircuitState.OPEN && !clock.instant().isBefore(openedAt.plus(cooldown))) {
            return CircuitState.HALF_OPEN;
        }
        return state;
    }

    private void open() {
        state = CircuitState.OPEN;
        openedAt = clock.instant();
        consecutiveFailures = 0;
        probeInFlight = false;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
