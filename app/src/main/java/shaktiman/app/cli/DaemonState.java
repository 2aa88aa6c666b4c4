package shaktiman.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/** What {@code status} can tell about a project's daemon without touching the lock (MI-43). */
sealed interface DaemonState {

    /** The line {@code status} prints after {@code Daemon:}. */
    String describe();

    /**
     * A leader accepts connections.
     *
     * @param pid the pid {@code daemon.pid} names, if readable
     * @param socket the socket that answered
     * @param since the {@code started=} time of {@code S/ready}, if present
     */
    record Running(OptionalLong pid, Path socket, Optional<String> since) implements DaemonState {
        @Override
        public String describe() {
            return "running (" + PidFile.describe(pid) + ", socket " + socket + ", since " + since.orElse("unknown")
                    + ")";
        }
    }

    /**
     * No socket answers, but the process {@code daemon.pid} names is alive: a daemon still starting, an index run, or
     * an unrelated process that reused the pid.
     *
     * @param pid the live pid
     */
    record PidAlive(long pid) implements DaemonState {
        @Override
        public String describe() {
            return "lock file names pid " + pid + " (alive, no socket answering)";
        }
    }

    /** No socket answers and no live process is named. */
    record NotRunning() implements DaemonState {
        @Override
        public String describe() {
            return "not running";
        }
    }
}
