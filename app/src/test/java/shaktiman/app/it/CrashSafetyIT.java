package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import shaktiman.app.config.TestHooks;
import shaktiman.testkit.CanonicalDump;
import shaktiman.testkit.DatabaseChecks;
import shaktiman.testkit.corpus.GeneratedCorpus;

/**
 * Verifies T-72's scan part: SIGKILL of {@code shaktiman index} at seeded random moments never damages the database,
 * and the finished index equals a clean one (IX-41, IX-44). Embedding and vector saves join once they exist.
 */
@DaemonTest(fixture = Fixture.EMPTY)
@Timeout(value = 900, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CrashSafetyIT {
    private static final int FILES = 3_000;
    private static final long SEED = 72L;
    private static final int KILLS = 20;
    /** Kill moments are drawn from [0, this) after the walk ends, so that about half the runs commit a batch. */
    private static final int KILL_WINDOW_MS = 5_000;

    private static final Duration RUN = Duration.ofMinutes(5);

    @Test
    void index_killedTwentyTimesAtRandomMoments_staysIntactAndFinishesEqualToACleanIndex(Daemons daemons) {
        Path root = daemons.root();
        GeneratedCorpus.write(root, FILES, SEED);
        Path db = daemons.layout().indexDb();
        // The clean reference index of a copy runs beside the kill loop: it shares no file with it, and it is most
        // of the test's wall time when run last.
        Path copy = daemons.newDir("copy");
        GeneratedCorpus.write(copy, FILES, SEED);
        CliProcess clean = daemons.startCli(Map.of(), "index", copy.toString());
        Random moments = new Random(SEED);
        Map<String, String> hooks = Map.of(TestHooks.ENV, "scanBatchDelayMs=20");
        int killedWhileRunning = 0;

        for (int kill = 1; kill <= KILLS; kill++) {
            CliProcess run = daemons.startCli(hooks, "index", root.toString());
            run.awaitStderrLine("Indexing: .*", RUN);
            // Not a synchronisation: this pause is the seeded random moment of the kill.
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(moments.nextInt(KILL_WINDOW_MS)));
            killedWhileRunning += run.isAlive() ? 1 : 0;
            run.kill();
            assertThat(DatabaseChecks.integrityProblems(db))
                    .as("after kill %d", kill)
                    .isEmpty();
        }
        CliResult finish = daemons.startCli(Map.of(), "index", root.toString()).awaitExit(RUN);
        CliResult cleanResult = clean.awaitExit(RUN);

        assertThat(killedWhileRunning).as("kills that hit a running index").isPositive();
        assertThat(finish.exitCode()).as(finish.toString()).isZero();
        assertThat(cleanResult.exitCode()).as(cleanResult.toString()).isZero();
        assertThat(DatabaseChecks.integrityProblems(db)).isEmpty();
        assertThat(CanonicalDump.of(db))
                .hasSizeGreaterThan(FILES)
                .containsExactlyElementsOf(
                        CanonicalDump.of(Daemons.layout(copy, daemons.tmpDir()).indexDb()));
        assertThat(DatabaseChecks.count(db, "SELECT count(*) FROM diff_log")).isZero();
    }
}
