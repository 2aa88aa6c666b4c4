package shaktiman.app.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import shaktiman.testkit.Await;

/** Verifies MCP-53's rate limit: at most one update per 2 s per session, the changes inside a gap announced at its end. */
@Timeout(30)
class SummarySubscriptionTest {
    private static final long GAP = SummarySubscription.MIN_GAP.toNanos();

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final SummarySubscription subscription = new SummarySubscription(sent::incrementAndGet, timer, now::get);

    @AfterEach
    void stopTimer() {
        timer.shutdownNow();
    }

    @Test
    void changed_withoutASubscription_sendsNothing() {
        subscription.changed();

        assertThat(sent).hasValue(0);
    }

    @Test
    void firstChange_isSentAtOnce() {
        subscription.subscribe();

        subscription.changed();

        assertThat(sent).hasValue(1);
    }

    @Test
    void changesInsideTheGap_areCoalescedIntoOneAtItsEnd() {
        subscription.subscribe();
        subscription.changed();
        // One second before the gap ends, in the subscription's clock: the timer waits that second for real.
        now.addAndGet(GAP - 1_000_000_000L);

        subscription.changed();
        subscription.changed();
        subscription.changed();

        assertThat(sent).hasValue(1);
        Await.until("the coalesced update", Duration.ofSeconds(10), () -> sent.get() == 2);
        assertThat(sent).hasValue(2);
    }

    @Test
    void changeAfterTheGap_isSentAtOnce() {
        subscription.subscribe();
        subscription.changed();
        now.addAndGet(GAP);

        subscription.changed();

        assertThat(sent).hasValue(2);
    }

    @Test
    void unsubscribing_beforeACoalescedUpdate_dropsIt() throws Exception {
        subscription.subscribe();
        subscription.changed();
        now.addAndGet(GAP - 50_000_000L);
        subscription.changed();

        subscription.unsubscribe();
        timer.shutdown();
        assertThat(timer.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS))
                .isTrue();

        assertThat(sent).hasValue(1);
    }
}
