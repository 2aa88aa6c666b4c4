package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Verifies what bin/_launch gives the JVM it execs beyond the command line: T-14's C heap settings. */
@DaemonTest
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LauncherIT {

    // T-14 (IX-15): without them glibc kept ~10 MiB of each full index run resident.
    @Test
    void leader_startedByTheLauncher_runsWithTwoMallocArenasAndAFixedTrimThreshold(Daemons daemons) {
        DaemonProcess leader = daemons.startLeader();

        assertThat(leader.environment())
                .containsEntry("MALLOC_ARENA_MAX", "2")
                .containsEntry("MALLOC_TRIM_THRESHOLD_", "131072");
    }

    @Test
    void leader_withMallocArenaMaxInItsEnvironment_keepsThatValue(Daemons daemons) {
        DaemonProcess leader = daemons.startLeader(daemons.daemon().env("MALLOC_ARENA_MAX", "4"));

        assertThat(leader.environment()).containsEntry("MALLOC_ARENA_MAX", "4");
    }
}
