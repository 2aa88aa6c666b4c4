package shaktiman.app.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shaktiman.app.config.Config;
import shaktiman.core.daemon.ProcessIdentity;
import shaktiman.core.daemon.ProjectLayout;
import shaktiman.core.daemon.ReadyNote;
import shaktiman.core.port.LockAttempt;
import shaktiman.core.port.LockException;
import shaktiman.core.port.LockPort;

/**
 * The steps of MI-40 that {@code index} and {@code reindex} share once S exists: take the lock or refuse, become the
 * holder, then load the config.
 */
final class IndexLockHolder {
    private static final Logger LOG = LoggerFactory.getLogger(IndexLockHolder.class);

    private final CliContext context;
    private final ProjectLayout layout;

    IndexLockHolder(CliContext context, ProjectLayout layout) {
        this.context = context;
        this.layout = layout;
    }

    /** Opens the project's lock file (created 0600 when missing). */
    LockPort openLock() {
        try {
            return context.adapters().openLock(layout.lockFile());
        } catch (LockException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
    }

    /**
     * Takes the lock, or refuses having touched nothing (MI-40).
     *
     * @param daemonRefusal the message when a daemon answers at P, given the pid text ({@code pid N} or {@code pid
     *     unknown})
     * @throws CommandFailure if the lock is held or cannot be tried
     */
    void acquireOrRefuse(LockPort lock, String command, Function<String, String> daemonRefusal) {
        context.adapters().appendLogTo(layout.logFile());
        switch (lock.tryAcquire()) {
            case LockAttempt.Acquired acquired ->
                LOG.atInfo()
                        .addKeyValue("holder_pid", ProcessIdentity.pid())
                        .log("acquire daemon lock: acquired by shaktiman " + command);
            case LockAttempt.Held held -> {
                CommandFailure refusal = refusal(lock, daemonRefusal);
                LOG.atWarn().log("acquire daemon lock: held by pid " + holderText(lock) + "; refusing to " + command);
                throw refusal;
            }
            case LockAttempt.Failed failed -> {
                LOG.atError().log("acquire daemon lock: failed: " + failed.reason());
                throw new CommandFailure(failed.reason());
            }
        }
    }

    /** Releases the lock and says so in the log (MI-34). */
    void release(LockPort lock) {
        if (lock.isHeld()) {
            lock.release();
            LOG.info("acquire daemon lock: released");
        }
    }

    private static String holderText(LockPort lock) {
        try {
            return lock.readHolderPid().stream()
                    .mapToObj(Long::toString)
                    .findFirst()
                    .orElse("unknown");
        } catch (LockException e) {
            return "unknown";
        }
    }

    private CommandFailure refusal(LockPort lock, Function<String, String> daemonRefusal) {
        OptionalLong pid;
        try {
            pid = lock.readHolderPid();
        } catch (LockException e) {
            // The pid is for the message only (MI-3); an unreadable file still refuses, naming no pid.
            context.streams().err().println("shaktiman: warning: " + e.getMessage());
            pid = OptionalLong.empty();
        }
        if (new DaemonProbe(context.adapters()).answeringSocket(layout).isPresent()) {
            return new CommandFailure(daemonRefusal.apply(PidFile.describe(pid)));
        }
        return new CommandFailure("another shaktiman process (" + PidFile.describe(pid) + ") holds the index lock for "
                + layout.root() + " (an index run or a starting daemon); try again when it finishes");
    }

    /**
     * Becomes the holder (writes the pid, deletes the stale {@code ready}, MI-6), writes the sample config if missing,
     * and loads the config with the command-line overrides (MI-47, MI-51).
     *
     * @throws CommandFailure with every config message when the config is invalid
     */
    Config prepare(LockPort lock, Map<String, String> overrides) {
        PrintWriter err = context.streams().err();
        try {
            lock.writeHolderPid(ProcessIdentity.pid());
        } catch (LockException e) {
            err.println("shaktiman: warning: " + e.getMessage()); // MI-6: a failed pid write is not fatal
        }
        try {
            ReadyNote.delete(layout.readyFile());
        } catch (UncheckedIOException e) {
            err.println("shaktiman: warning: " + e.getMessage());
        }
        context.adapters().writeSampleConfigIfMissing(layout.configFile());
        Config config;
        switch (context.adapters().loadConfig(layout.configFile(), context.env(), overrides)) {
            case ConfigOutcome.Valid valid -> {
                valid.warnings().forEach(err::println);
                config = valid.config();
            }
            case ConfigOutcome.Invalid invalid -> {
                release(lock); // MI-40: an invalid config releases the lock before exiting 1
                throw new ConfigRejected(invalid.messages());
            }
        }
        err.flush();
        return config;
    }
}
