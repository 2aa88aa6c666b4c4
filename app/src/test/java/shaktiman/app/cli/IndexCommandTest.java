package shaktiman.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import shaktiman.adapters.lock.FlockLock;
import shaktiman.core.daemon.ProcessIdentity;
import shaktiman.core.daemon.ProjectLayout;
import shaktiman.core.port.LockAttempt;
import shaktiman.core.port.LockPort;

/**
 * Verifies MI-40's and MI-41's order for {@code index} and {@code reindex}: refusals touch nothing, a held lock is
 * named, and the prompt is asked only on a terminal and without the lock.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class IndexCommandTest {

    private static final Terminal INTERACTIVE = new Terminal(true, false, true);

    @TempDir
    Path project;

    private ProjectLayout layout;

    @BeforeEach
    void resolveLayout() throws IOException {
        layout = ProjectLayout.of(project.toRealPath(), CliRun.env(project));
    }

    @Test
    void index_whenLockHeldByAnotherHolder_exits1NamingItsPidAndTouchesNothing() throws Exception {
        Path indexDb = existingIndex();
        try (LockPort held = holdLock(4242)) {
            assertThat(held.isHeld()).isTrue();
            CliRun run = CliRun.run(project, "index", project.toString());

            assertThat(run.exit()).isEqualTo(ExitCodes.FAILURE);
            assertThat(run.err())
                    .isEqualTo("shaktiman: another shaktiman process (pid 4242) holds the index lock for "
                            + layout.root()
                            + " (an index run or a starting daemon); try again when it finishes\n");
            assertThat(run.out()).isEmpty();
        }
        assertThat(Files.getLastModifiedTime(indexDb)).isEqualTo(FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        assertThat(indexDb).hasContent("the index");
        assertThat(layout.configFile()).doesNotExist();
    }

    @Test
    void index_whenDaemonAnswers_exits1SayingItKeepsTheIndexCurrent() throws Exception {
        existingIndex();
        try (LockPort _ = holdLock(ProcessIdentity.pid());
                ServerSocketChannel _ = listenAtP()) {
            CliRun run = CliRun.run(project, "index", "--root", project.toString());

            assertThat(run.exit()).isEqualTo(ExitCodes.FAILURE);
            assertThat(run.err())
                    .isEqualTo("shaktiman: a shaktimand daemon (pid " + ProcessIdentity.pid() + ") is running for "
                            + layout.root() + "; it keeps the index current, so there is nothing to do\n");
        } finally {
            Files.deleteIfExists(layout.socketPath());
        }
    }

    @Test
    void reindexForce_whenDaemonAnswers_exits1AskingToStopIt() throws Exception {
        Path indexDb = existingIndex();
        try (LockPort _ = holdLock(ProcessIdentity.pid());
                ServerSocketChannel _ = listenAtP()) {
            CliRun run = CliRun.run(project, "reindex", project.toString(), "--force");

            assertThat(run.exit()).isEqualTo(ExitCodes.FAILURE);
            assertThat(run.err())
                    .isEqualTo("shaktiman: a shaktimand daemon (pid " + ProcessIdentity.pid() + ") is running for "
                            + layout.root() + "; it keeps the index current. Stop it before running reindex.\n");
        } finally {
            Files.deleteIfExists(layout.socketPath());
        }
        assertThat(indexDb).hasContent("the index");
    }

    @Test
    void index_withGarbledPidFile_namesPidUnknown() throws Exception {
        Files.createDirectories(layout.stateDir());
        Files.writeString(layout.lockFile(), "garbage");
        try (LockPort other = new FlockLock(layout.lockFile())) {
            assertThat(other.tryAcquire()).isInstanceOf(LockAttempt.Acquired.class);

            CliRun run = CliRun.run(project, "index", project.toString());

            assertThat(run.err()).startsWith("shaktiman: another shaktiman process (pid unknown) holds the index lock");
        }
    }

    @Test
    void index_withFreeLock_becomesHolderIndexesAndReleases() throws Exception {
        Files.createDirectories(layout.stateDir());
        Files.writeString(layout.readyFile(), "pid=1\n");
        Files.writeString(project.resolve("App.java"), "class App {\n    void run() {}\n}\n");

        CliRun run = CliRun.run(project, "index", project.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("\"files\": 1").contains("\"java\": 1");
        assertThat(layout.lockFile()).hasContent(Long.toString(ProcessIdentity.pid()));
        assertThat(layout.readyFile()).doesNotExist();
        assertThat(layout.configFile()).exists();
        try (LockPort next = new FlockLock(layout.lockFile())) {
            assertThat(next.tryAcquire()).isInstanceOf(LockAttempt.Acquired.class);
        }
    }

    @Test
    void index_withInvalidConfig_exits1WithConfigMessagesAndReleasesTheLock() throws Exception {
        Files.createDirectories(layout.stateDir());
        Files.writeString(layout.configFile(), "[search]\nmax_results = 500\n");

        CliRun run = CliRun.run(project, "index", project.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).startsWith("config: search.max_results must be ").contains("500");
        try (LockPort next = new FlockLock(layout.lockFile())) {
            assertThat(next.tryAcquire()).isInstanceOf(LockAttempt.Acquired.class);
        }
    }

    @Test
    void index_withConfigOverrideFlagsBreakingACrossFieldRule_exits1() {
        CliRun run = CliRun.run(project, "index", project.toString(), "--vector", "pgvector");

        assertThat(run.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).contains("config: vector.backend \"pgvector\" requires database.backend \"postgres\"");
    }

    @Test
    void reindex_withoutForceOnAPipe_exits2BeforeCreatingAnything() {
        CliRun run = CliRun.run(project, "reindex", project.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err())
                .startsWith(
                        "shaktiman: reindex deletes the whole index; pass --force when not running interactively\n");
        assertThat(layout.stateDir()).doesNotExist();
    }

    @Test
    void reindex_withoutForceWhenOnlyStdinIsATerminal_exits2() {
        CliRun run = CliRun.runWith(project, new Terminal(true, true, false), "y\n", "reindex", project.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void reindex_onATerminalAnsweredNo_printsAbortedAndExits0() throws Exception {
        CliRun run = CliRun.runWith(project, INTERACTIVE, "n\n", "reindex", project.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEqualTo("Delete the index for " + layout.root() + " and rebuild it? [y/N] Aborted.\n");
        assertThat(layout.configFile()).doesNotExist();
        try (LockPort next = new FlockLock(layout.lockFile())) {
            assertThat(next.tryAcquire()).isInstanceOf(LockAttempt.Acquired.class);
        }
    }

    @Test
    void reindex_onATerminalAtEndOfInput_aborts() {
        CliRun run = CliRun.runWith(project, INTERACTIVE, "", "reindex", project.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).endsWith("Aborted.\n");
    }

    @Test
    void reindex_onATerminalAnsweredYes_purgesAndRebuilds() throws IOException {
        Files.writeString(project.resolve("a.py"), "def a():\n    return 1\n");

        CliRun run = CliRun.runWith(project, INTERACTIVE, " YES \n", "reindex", project.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.err())
                .startsWith("Delete the index for " + layout.root() + " and rebuild it? [y/N] "
                        + "Purged all indexed data.\n");
        assertThat(layout.indexDb()).exists();
    }

    @Test
    void reindexForce_withVectorFileAndConfig_deletesTheIndexArtefactsOnly() throws IOException {
        Files.writeString(project.resolve("a.py"), "def a():\n    return 1\n");
        assertThat(CliRun.run(project, "index", project.toString()).exit()).isEqualTo(ExitCodes.OK);
        Path vectors = Files.writeString(layout.stateDir().resolve("embeddings.bin"), "old vectors");
        Path wal = layout.indexDb().resolveSibling("index.db-wal");
        String config = Files.readString(layout.configFile());

        CliRun run = CliRun.run(project, "reindex", project.toString(), "--force");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).startsWith("Purged all indexed data.\n");
        assertThat(vectors).doesNotExist();
        assertThat(wal)
                .satisfiesAnyOf(
                        file -> assertThat(file).doesNotExist(),
                        file -> assertThat(file).isEmptyFile());
        assertThat(layout.indexDb()).exists();
        assertThat(layout.configFile()).hasContent(config);
        assertThat(layout.lockFile()).exists();
    }

    @Test
    void reindex_onATerminalWhileLockIsHeld_refusesWithoutPrompting() throws Exception {
        try (LockPort _ = holdLock(4242)) {
            CliRun run = CliRun.runWith(project, INTERACTIVE, "y\n", "reindex", project.toString());

            assertThat(run.exit()).isEqualTo(ExitCodes.FAILURE);
            assertThat(run.err())
                    .startsWith("shaktiman: another shaktiman process (pid 4242)")
                    .doesNotContain("[y/N]");
        }
    }

    private Path existingIndex() throws IOException {
        Files.createDirectories(layout.stateDir());
        Path indexDb = Files.writeString(layout.indexDb(), "the index");
        Files.setLastModifiedTime(indexDb, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        return indexDb;
    }

    /** Takes the project lock through a second FlockLock instance, which contends like another process. */
    private LockPort holdLock(long pid) throws IOException {
        Files.createDirectories(layout.stateDir());
        LockPort lock = new FlockLock(layout.lockFile());
        assertThat(lock.tryAcquire()).isInstanceOf(LockAttempt.Acquired.class);
        lock.writeHolderPid(pid);
        return lock;
    }

    private ServerSocketChannel listenAtP() throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(layout.socketPath()));
        return server;
    }
}
