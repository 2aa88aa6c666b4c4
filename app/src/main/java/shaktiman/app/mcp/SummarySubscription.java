package shaktiman.app.mcp;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * One session's subscription to the summary resource (MCP-53): while subscribed, every index change ends in one
 * {@code notifications/resources/updated}, at most one per {@link #MIN_GAP}. Changes inside the gap are coalesced into
 * one notification at its end, so the last change is never left unannounced. Thread-safe.
 */
final class SummarySubscription {
    /** MCP-53's rate limit per session. */
    static final Duration MIN_GAP = Duration.ofSeconds(2);

    private final Runnable notify;
    private final ScheduledExecutorService timer;
    private final LongSupplier nanoClock;
    private boolean subscribed; // guarded by this
    private boolean sentBefore; // guarded by this
    private long lastSentNanos; // guarded by this
    private boolean pending; // guarded by this

    /** Sends with {@code notify}, delaying on {@code timer}, timing with {@code nanoClock} (as System::nanoTime). */
    SummarySubscription(Runnable notify, ScheduledExecutorService timer, LongSupplier nanoClock) {
        this.notify = Objects.requireNonNull(notify, "notify");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    }

    synchronized void subscribe() {
        subscribed = true;
    }

    synchronized void unsubscribe() {
        subscribed = false;
    }

    synchronized boolean subscribed() {
        return subscribed;
    }

    /** The index changed: notify now, or once at the end of the current gap. */
    void changed() {
        long waitNanos;
        synchronized (this) {
            if (!subscribed || pending) {
                return;
            }
            long now = nanoClock.getAsLong();
            waitNanos = sentBefore ? lastSentNanos + MIN_GAP.toNanos() - now : 0;
            if (waitNanos <= 0) {
                markSent(now);
            } else {
                pending = true;
            }
        }
        if (waitNanos <= 0) {
            notify.run();
        } else {
            timer.schedule(this::sendPending, waitNanos, TimeUnit.NANOSECONDS);
        }
    }

    private void sendPending() {
        synchronized (this) {
            pending = false;
            if (!subscribed) {
                return;
            }
            markSent(nanoClock.getAsLong());
        }
        notify.run();
    }

    private void markSent(long now) {
        sentBefore = true;
        lastSentNanos = now;
    }
}
