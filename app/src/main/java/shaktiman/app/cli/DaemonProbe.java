package shaktiman.app.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import shaktiman.core.daemon.ProcessIdentity;
import shaktiman.core.daemon.ProjectLayout;
import shaktiman.core.daemon.ReadyNote;

/**
 * Decides a project's {@link DaemonState} by connecting to P and by checking whether the pid in {@code daemon.pid} is
 * alive. It never tries the lock: even a momentary hold would make a concurrent {@code index} refuse or a starting
 * daemon wait (MI-43).
 */
final class DaemonProbe {
    /** How long a leader has to accept the probe's connection (MI-43). */
    static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);

    private final CliAdapters adapters;

    DaemonProbe(CliAdapters adapters) {
        this.adapters = adapters;
    }

    /** The daemon state of {@code layout}'s project; reads {@code daemon.pid} and {@code ready}, creates nothing. */
    DaemonState probe(ProjectLayout layout) {
        OptionalLong pid = PidFile.read(layout.lockFile());
        Optional<Path> socket = answeringSocket(layout);
        if (socket.isPresent()) {
            return new DaemonState.Running(pid, socket.get(), ReadyNote.readStarted(layout.readyFile()));
        }
        if (pid.isPresent() && ProcessIdentity.alive(pid.getAsLong())) {
            return new DaemonState.PidAlive(pid.getAsLong());
        }
        return new DaemonState.NotRunning();
    }

    /** Whether a leader answers at P, or at the other socket {@code ready} names (MI-15b). */
    Optional<Path> answeringSocket(ProjectLayout layout) {
        if (adapters.daemonAnswers(layout.socketPath(), CONNECT_TIMEOUT)) {
            return Optional.of(layout.socketPath());
        }
        return ReadyNote.readSocket(layout.readyFile())
                .filter(other -> !other.equals(layout.socketPath()))
                .filter(other -> adapters.daemonAnswers(other, CONNECT_TIMEOUT));
    }
}
