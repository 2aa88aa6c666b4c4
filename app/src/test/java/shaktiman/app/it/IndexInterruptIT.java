package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import shaktiman.app.config.TestHooks;
import shaktiman.testkit.corpus.GeneratedCorpus;

/** Verifies §10 scenario 28: SIGINT stops {@code shaktiman index} consistently, and a rerun completes (MI-45). */
@DaemonTest(fixture = Fixture.EMPTY)
@Timeout(value = 300, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class IndexInterruptIT {
    private static final int FILES = 1_200;

    @Test
    void index_sigintMidway_exitsOneFreesTheLockServesReadsAndARerunCompletes(Daemons daemons) throws Exception {
        Path root = daemons.root();
        GeneratedCorpus.write(root, FILES, 28L);
        // A second per batch: the first 10 % line comes after one commit, long before the scan could end.
        CliProcess run = daemons.startCli(
                Map.of(TestHooks.ENV, "scanBatchDelayMs=1000"), "--format", "text", "index", root.toString());
        run.awaitStderrLine("Indexing: [1-9]0% .*", Duration.ofSeconds(180));

        run.signal("INT");
        CliResult interrupted = run.awaitExit(Duration.ofSeconds(60));

        assertThat(interrupted.exitCode()).as(interrupted.toString()).isOne();
        assertThat(interrupted.stderr())
                .contains("Interrupted; the index is consistent but incomplete. Run shaktiman index to finish.");
        assertThat(interrupted.stdout()).isEmpty();
        assertThat(LockHolder.isFree(daemons, daemons.layout().lockFile())).isTrue();
        JsonNode between = status(daemons, root);
        assertThat(between.at("/index/files").asLong()).isPositive().isLessThan(FILES);
        assertThat(between.at("/index/full_index_completed").asBoolean()).isFalse();
        CliResult rerun = daemons.startCli(Map.of(), "--format", "json", "index", root.toString())
                .awaitExit(Duration.ofSeconds(180));
        assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
        JsonNode after = status(daemons, root);
        assertThat(after.at("/index/files").asLong()).isEqualTo(FILES);
        assertThat(after.at("/index/full_index_completed").asBoolean()).isTrue();
    }

    private static JsonNode status(Daemons daemons, Path root) throws Exception {
        CliResult status = daemons.cli("--format", "json", "status", root.toString());
        assertThat(status.exitCode()).as(status.toString()).isZero();
        return JsonMapper.builder().build().readTree(status.stdout());
    }
}
