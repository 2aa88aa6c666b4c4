package shaktiman.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import shaktiman.adapters.lock.FlockLock;
import shaktiman.adapters.store.SqliteIndexStore;
import shaktiman.core.daemon.ProcessIdentity;
import shaktiman.core.daemon.ProjectLayout;
import shaktiman.core.port.LockAttempt;
import shaktiman.core.port.LockPort;

/** Verifies {@code status} end to end on a real SQLite index: counts, schema, daemon state, and no side effects (MI-43). */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StatusCommandTest {

    @TempDir
    Path project;

    private ProjectLayout layout;

    @BeforeEach
    void createIndex() throws IOException {
        layout = ProjectLayout.of(project.toRealPath(), CliRun.env(project));
        Files.createDirectories(layout.stateDir());
        SqliteIndexStore.openForWriting(layout.indexDb()).close();
    }

    @Test
    void status_withIndexAndNoDaemon_reportsNotRunningAndTheSchema() throws Exception {
        CliRun run = CliRun.run(project, "status", project.toString(), "--format", "json");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        JsonNode status = JsonMapper.builder().build().readTree(run.out());
        assertThat(status.at("/daemon/state").asText()).isEqualTo("not_running");
        assertThat(status.at("/daemon/description").asText()).isEqualTo("not running");
        assertThat(status.at("/index/files").asLong()).isZero();
        assertThat(status.at("/index/schema_version").asInt()).isPositive();
        assertThat(status.at("/index/full_index_completed").asBoolean()).isFalse();
        assertThat(status.at("/root").asText()).isEqualTo(layout.root().toString());
    }

    @Test
    void status_inText_saysNotRunning() {
        CliRun run = CliRun.run(project, "--format=text", "status", "--root", project.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Daemon:       not running\n").contains("Files:        0 (0 test)\n");
    }

    @Test
    void status_withDaemonAnswering_reportsRunningWithItsPid() throws Exception {
        try (LockPort lock = new FlockLock(layout.lockFile());
                ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            assertThat(lock.tryAcquire()).isInstanceOf(LockAttempt.Acquired.class);
            lock.writeHolderPid(ProcessIdentity.pid());
            server.bind(UnixDomainSocketAddress.of(layout.socketPath()));

            CliRun run = CliRun.run(project, "status", project.toString(), "--format", "text");

            assertThat(run.exit()).isEqualTo(ExitCodes.OK);
            assertThat(run.out())
                    .contains("Daemon:       running (pid " + ProcessIdentity.pid() + ", socket " + layout.socketPath()
                            + ", since unknown)\n");
        } finally {
            Files.deleteIfExists(layout.socketPath());
        }
    }

    @Test
    void status_whileLockIsHeld_neverTakesItAndChangesNoFile() throws Exception {
        try (LockPort lock = new FlockLock(layout.lockFile())) {
            assertThat(lock.tryAcquire()).isInstanceOf(LockAttempt.Acquired.class);
            lock.writeHolderPid(ProcessIdentity.pid());
            String before = listing();

            CliRun run = CliRun.run(project, "status", project.toString(), "--format", "text");

            assertThat(run.exit()).isEqualTo(ExitCodes.OK);
            assertThat(run.out())
                    .contains("Daemon:       lock file names pid " + ProcessIdentity.pid()
                            + " (alive, no socket answering)\n");
            assertThat(lock.isHeld()).isTrue();
            assertThat(listing()).isEqualTo(before);
        }
    }

    /** Names, sizes and mtimes of S's files, leaving out SQLite's sidecars, which a reader may create (MI-2). */
    private String listing() throws IOException {
        try (Stream<Path> files = Files.list(layout.stateDir())) {
            return files.filter(f -> !f.getFileName().toString().endsWith("-wal")
                            && !f.getFileName().toString().endsWith("-shm"))
                    .sorted()
                    .map(f -> {
                        try {
                            return f.getFileName() + " " + Files.size(f) + " " + Files.getLastModifiedTime(f);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .reduce("", (a, b) -> a + b + "\n");
        }
    }
}
