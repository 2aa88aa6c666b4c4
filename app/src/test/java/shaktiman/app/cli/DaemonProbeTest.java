package shaktiman.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import shaktiman.core.daemon.ProcessIdentity;
import shaktiman.core.daemon.ProjectLayout;
import shaktiman.core.daemon.ReadyNote;

/** Verifies MI-43's daemon states as {@code status} reports them, from real sockets and pid files, without the lock. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DaemonProbeTest {

    @TempDir
    Path project;

    private ProjectLayout layout;
    private final DaemonProbe probe = new DaemonProbe(new CliAdapters());

    @BeforeEach
    void resolveLayout() throws IOException {
        layout = ProjectLayout.of(project.toRealPath(), CliRun.env(project));
    }

    @Test
    void probe_onFreshRoot_isNotRunningAndCreatesNothing() {
        DaemonState state = probe.probe(layout);

        assertThat(state).isEqualTo(new DaemonState.NotRunning());
        assertThat(state.describe()).isEqualTo("not running");
        assertThat(layout.stateDir()).doesNotExist();
    }

    @Test
    void probe_withLivePidAndNoSocket_saysThePidIsAlive() throws Exception {
        writePid(ProcessIdentity.pid() + "\n");

        DaemonState state = probe.probe(layout);

        assertThat(state.describe())
                .isEqualTo("lock file names pid " + ProcessIdentity.pid() + " (alive, no socket answering)");
    }

    @Test
    void probe_withDeadPid_isNotRunning() throws Exception {
        Process exited = new ProcessBuilder("true").start();
        exited.waitFor();
        writePid(exited.pid() + "\n");

        DaemonState state = probe.probe(layout);

        assertThat(state).isEqualTo(new DaemonState.NotRunning());
    }

    @Test
    void probe_withGarbledPidAndNoSocket_isNotRunning() throws Exception {
        writePid("not a pid");

        DaemonState state = probe.probe(layout);

        assertThat(state).isEqualTo(new DaemonState.NotRunning());
    }

    @Test
    void probe_withStaleSocketFile_isNotRunning() throws Exception {
        writePid(ProcessIdentity.pid() + "\n");
        listen(layout.socketPath()).close(); // the file stays, and connecting to it is refused

        DaemonState state = probe.probe(layout);

        assertThat(state).isInstanceOf(DaemonState.PidAlive.class);
        assertThat(layout.socketPath()).exists();
    }

    @Test
    void probe_withSocketAnswering_isRunningWithPidSocketAndStart() throws Exception {
        writePid("4242\n");
        Instant started = Instant.parse("2026-05-01T08:00:00Z");
        new ReadyNote(4242, started, layout.socketPath(), "0.1.0").writeTo(layout.readyFile());
        try (ServerSocketChannel listening = listen(layout.socketPath())) {
            assertThat(listening.isOpen()).isTrue();
            DaemonState state = probe.probe(layout);

            assertThat(state.describe())
                    .isEqualTo("running (pid 4242, socket " + layout.socketPath() + ", since 2026-05-01T08:00:00Z)");
        }
    }

    @Test
    void probe_withSocketAnsweringAndGarbledPid_isRunningWithPidUnknown() throws Exception {
        writePid("");
        try (ServerSocketChannel _ = listen(layout.socketPath())) {
            DaemonState state = probe.probe(layout);

            assertThat(state.describe())
                    .isEqualTo("running (pid unknown, socket " + layout.socketPath() + ", since unknown)");
        }
    }

    @Test
    void probe_whenReadyNamesAnotherAnsweringSocket_isRunningThere() throws Exception {
        Path other = project.resolve("other.sock");
        writePid("4242\n");
        new ReadyNote(4242, Instant.EPOCH, other, "0.1.0").writeTo(layout.readyFile());
        try (ServerSocketChannel _ = listen(other)) {
            DaemonState state = probe.probe(layout);

            assertThat(state).isInstanceOf(DaemonState.Running.class);
            assertThat(((DaemonState.Running) state).socket()).isEqualTo(other);
        }
    }

    private void writePid(String text) throws IOException {
        Files.createDirectories(layout.stateDir());
        Files.writeString(layout.lockFile(), text);
    }

    private static ServerSocketChannel listen(Path path) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(path));
        return server;
    }
}
