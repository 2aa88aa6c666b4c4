package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import shaktiman.testkit.IndexDb;

/**
 * Verifies the leader's startup scan as clients see it: scan progress in {@code summary} while it runs and no trace of
 * it afterwards (MI-10, scenario 25's summary part), an edit made mid-scan winning (T-68, MI-9), and the catch-up
 * scan after downtime touching exactly the changed files (T-8, T-9).
 */
@DaemonTest(fixture = Fixture.EMPTY)
@Timeout(value = 180, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StartupScanIT {
    /**
     * Enough files for several scan commits (256 files each), each held back by the hook, so that the scan is still
     * running when the first summary arrives however fast the machine parses.
     */
    private static final int FILES = 700;

    /** E1's generated tree. */
    private static final int TREE = 3_000;

    private static void write(Path root, String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void summary_duringTheFirstScan_reportsProgressAndAfterwardsNeverMentionsIndexing(Daemons daemons)
            throws IOException {
        Path root = daemons.root();
        for (int i = 0; i < FILES; i++) {
            write(root, String.format("src/f%03d.py", i), "def f" + i + "():\n    return " + i + "\n");
        }
        DaemonProcess leader = daemons.startLeader(daemons.daemon().hooks("scanBatchDelayMs=2000"));
        McpClient client = leader.mcp();

        JsonNode during = Summaries.structured(Summaries.call(client, "during"));
        String edited = "def f0():\n    return 'edited during the scan'\n";
        write(root, "src/f000.py", edited);
        Summaries.awaitReady(client, Daemons.LEADER_START);
        IndexDb db = new IndexDb(daemons.layout().indexDb());
        Await.until(Daemons.SHORT, () -> db.holds("src/f000.py", edited), "the mid-scan edit indexed");
        JsonNode after = Summaries.call(client, "after");

        assertThat(during.path("index_state").asText()).isEqualTo("scanning");
        assertThat(during.path("notice").asText())
                .contains("indexing in progress")
                .contains(" files");
        assertThat(during.path("progress").has("files_done")).isTrue();
        assertThat(during.path("progress").path("files_total").asLong()).isLessThanOrEqualTo(FILES);
        assertThat(Summaries.structured(after).path("files").asLong()).isEqualTo(FILES);
        assertThat(Summaries.structured(after).path("watcher").asText()).isEqualTo("running");
        assertThat(McpClient.resultOf(after).toString())
                .doesNotContain("indexing")
                .doesNotContain("in progress");
    }

    @Test
    void restart_afterAnEditAndADeleteWhileDown_reindexesExactlyThoseFiles(Daemons daemons) throws IOException {
        Path root = daemons.root();
        for (int i = 0; i < 5; i++) {
            write(root, "pkg/m" + i + ".py", "def m" + i + "():\n    return " + i + "\n");
        }
        DaemonProcess first = daemons.startLeader();
        Summaries.awaitReady(first.mcp(), Daemons.LEADER_START);
        first.closeStdin();
        assertThat(first.awaitExit(Daemons.SHORT)).isZero();
        String edited = "def m1():\n    return 'changed while down'\n";
        write(root, "pkg/m1.py", edited);
        Files.delete(root.resolve("pkg/m2.py"));

        DaemonProcess second = daemons.startLeader();
        Summaries.awaitReady(second.mcp(), Daemons.LEADER_START);
        IndexDb db = new IndexDb(daemons.layout().indexDb());

        assertThat(db.holds("pkg/m1.py", edited)).isTrue();
        assertThat(db.hashes()).doesNotContainKey("pkg/m2.py").hasSize(4);
        assertThat(db.changes("pkg/m1.py")).containsExactly("modify");
        assertThat(db.changes("pkg/m2.py")).containsExactly("delete");
        assertThat(db.changes("pkg/m0.py")).isEmpty();
        LogRecord finished = daemons.state().awaitLog(second.pid(), "cold scan finished", Daemons.SHORT);
        assertThat(finished.json().path("indexed").asLong()).isEqualTo(1);
        assertThat(finished.json().path("removed").asLong()).isEqualTo(1);
        assertThat(Optional.ofNullable(finished.json().get("seen")).map(JsonNode::asLong))
                .contains(4L);
    }

    @Test
    void idleLeader_atDebugLevel_logsNoWatcherEventsOfItsOwnLog(Daemons daemons) throws IOException {
        write(daemons.root(), "pkg/a.py", "def a():\n    return 1\n");
        DaemonProcess leader = daemons.startLeader(daemons.daemon().env("SHAKTIMAN_LOG_LEVEL", "debug"));
        Summaries.awaitReady(leader.mcp(), Daemons.LEADER_START);
        write(daemons.root(), "pkg/b.py", "def b():\n    return 2\n");
        daemons.state().awaitLog(leader.pid(), "index batch applied", Daemons.SHORT);

        // The log file lies under the watched root: library DEBUG lines about its events would feed themselves.
        assertThat(daemons.state().log())
                .noneMatch(record -> record.json().path("logger").asText().startsWith("io.methvin"));
    }

    // E1's second half (MI-10): the notice counts the whole tree once the walk has listed it
    @Test
    void summary_whileAThreeThousandFileTreeIsScanned_saysIndexingInProgressOfAllOfThem(Daemons daemons)
            throws IOException {
        Path root = daemons.root();
        for (int i = 0; i < TREE; i++) {
            write(root, String.format("gen/d%02d/m%04d.py", i / 100, i), "def m" + i + "():\n    return " + i + "\n");
        }
        DaemonProcess leader = daemons.startLeader(daemons.daemon().hooks("scanBatchDelayMs=2000"));
        AtomicInteger polls = new AtomicInteger();

        JsonNode listed = Await.value(
                Daemons.LEADER_START,
                () -> Optional.of(Summaries.call(leader.mcp(), "walk-" + polls.incrementAndGet()))
                        .filter(response -> Summaries.structured(response)
                                        .path("progress")
                                        .path("files_total")
                                        .asLong()
                                == TREE),
                "summary.progress.files_total == " + TREE);
        String text =
                McpClient.resultOf(listed).path("content").path(0).path("text").asText();

        assertThat(Summaries.structured(listed).path("index_state").asText()).isEqualTo("scanning");
        assertThat(text).contains("indexing in progress").containsPattern("\\d[\\d,]* of 3,000 files");
    }
}
