package shaktiman.core.index.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import shaktiman.core.port.WatchBatch;

/** Verifies the debounce map of IX-63 against an explicit clock. */
class DebouncerTest {

    private static final long MS = 1_000_000L;
    private static final Duration QUIET = Duration.ofMillis(200);

    private final Debouncer debouncer = new Debouncer(QUIET);

    @Test
    void poll_whenNothingChanged_givesNothing() {
        assertThat(debouncer.poll(0)).isEmpty();
        assertThat(debouncer.dueAt()).isEmpty();
    }

    @Test
    void poll_beforeTheQuietInterval_givesNothing() {
        debouncer.changed("a.go", 0);

        assertThat(debouncer.poll(199 * MS)).isEmpty();
        assertThat(debouncer.pending()).isEqualTo(1);
    }

    @Test
    void poll_afterTheQuietInterval_givesTheBatchAndEmptiesTheMap() {
        debouncer.changed("a.go", 0);

        assertThat(debouncer.poll(200 * MS)).contains(changes("a.go"));
        assertThat(debouncer.pending()).isZero();
        assertThat(debouncer.poll(10_000 * MS)).isEmpty();
    }

    @Test
    void changed_fiveRapidSaves_giveThePathOnceInOneBatch() {
        for (int save = 0; save < 5; save++) {
            debouncer.changed("a.go", save * 10 * MS);
        }

        assertThat(debouncer.poll(239 * MS)).isEmpty();
        assertThat(debouncer.poll(240 * MS)).contains(changes("a.go"));
    }

    @Test
    void changed_keepsTheOrderOfFirstArrival() {
        debouncer.changed("b.go", 0);
        debouncer.changed("a.go", 1 * MS);
        debouncer.changed("b.go", 2 * MS);

        assertThat(debouncer.poll(1_000 * MS)).contains(changes("b.go", "a.go"));
    }

    @Test
    void poll_whenEventsNeverGoQuiet_flushesOnceTheOldestPathIsTwoSecondsOld() {
        for (long t = 0; t < 2_000; t += 100) {
            debouncer.changed("hot-" + t + ".go", t * MS);
            assertThat(debouncer.poll(t * MS)).isEmpty();
        }

        Optional<WatchBatch> batch = debouncer.poll(2_000 * MS);

        assertThat(batch).containsInstanceOf(WatchBatch.Changes.class);
        assertThat(((WatchBatch.Changes) batch.orElseThrow()).paths()).hasSize(20);
        assertThat(debouncer.dueAt()).isEmpty();
    }

    @Test
    void dueAt_isTheEarlierOfQuietAndMaximumAge() {
        debouncer.changed("a.go", 0);
        assertThat(debouncer.dueAt()).hasValue(200 * MS);

        debouncer.changed("b.go", 1_900 * MS);
        assertThat(debouncer.dueAt()).hasValue(2_000 * MS);
    }

    @Test
    void changed_atTheSizeLimit_keepsEveryPath() {
        Debouncer small = new Debouncer(QUIET, Debouncer.MAX_AGE, 3);
        IntStream.range(0, 3).forEach(i -> small.changed("f" + i, 0));

        assertThat(small.poll(QUIET.toNanos())).contains(changes("f0", "f1", "f2"));
    }

    @Test
    void changed_pastTheSizeLimit_collapsesIntoOneRescan() {
        Debouncer small = new Debouncer(QUIET, Debouncer.MAX_AGE, 3);
        IntStream.range(0, 10).forEach(i -> small.changed("f" + i, 0));

        assertThat(small.pending()).isZero();
        assertThat(small.poll(QUIET.toNanos()))
                .containsInstanceOf(WatchBatch.RescanNeeded.class)
                .hasValueSatisfying(
                        b -> assertThat(((WatchBatch.RescanNeeded) b).reason()).contains("more than 3"));
        assertThat(small.poll(10_000 * MS)).isEmpty();
    }

    @Test
    void changed_atTheDefaultLimit_collapsesOnlyPastOneHundredThousandPaths() {
        IntStream.range(0, 100_000).forEach(i -> debouncer.changed("f" + i, 0));
        assertThat(debouncer.pending()).isEqualTo(100_000);

        debouncer.changed("f100000", 0);

        assertThat(debouncer.pending()).isZero();
        assertThat(debouncer.drain()).containsInstanceOf(WatchBatch.RescanNeeded.class);
    }

    @Test
    void rescan_replacesTheWaitingPathsAndCoversLaterOnes() {
        debouncer.changed("a.go", 0);
        debouncer.rescan("overflow", 10 * MS);
        debouncer.changed("b.go", 20 * MS);
        debouncer.rescan("overflow again", 30 * MS);

        assertThat(debouncer.poll(229 * MS)).isEmpty();
        assertThat(debouncer.poll(230 * MS)).contains(new WatchBatch.RescanNeeded("overflow"));
        assertThat(debouncer.poll(10_000 * MS)).isEmpty();
    }

    @Test
    void changed_afterARescanWasHandedOut_collectsAgain() {
        debouncer.rescan("overflow", 0);
        assertThat(debouncer.poll(200 * MS)).contains(new WatchBatch.RescanNeeded("overflow"));

        debouncer.changed("a.go", 300 * MS);

        assertThat(debouncer.poll(500 * MS)).contains(changes("a.go"));
    }

    @Test
    void drain_givesWhatWaitsBeforeItIsDue() {
        debouncer.changed("a.go", 0);

        assertThat(debouncer.drain()).contains(changes("a.go"));
        assertThat(debouncer.drain()).isEmpty();
    }

    @Test
    void dueAt_withAQuietIntervalLongerThanTheMaximumAge_isTheMaximumAge() {
        Debouncer slow = new Debouncer(Duration.ofSeconds(10));

        slow.changed("a.go", 0);

        assertThat(slow.dueAt()).hasValue(2_000 * MS);
    }

    @Test
    void constructor_withANonPositiveQuietInterval_isRefused() {
        assertThatThrownBy(() -> new Debouncer(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quiet=PT0S");
    }

    private static WatchBatch changes(String... paths) {
        return new WatchBatch.Changes(List.of(paths));
    }
}
