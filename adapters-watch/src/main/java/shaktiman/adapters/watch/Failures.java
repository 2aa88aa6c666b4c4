package shaktiman.adapters.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import shaktiman.core.port.WatcherException;

/** Turns what the library and the JDK throw into {@link WatcherException}s that say what to do. */
final class Failures {

    private static final Path WATCH_LIMIT = Path.of("/proc/sys/fs/inotify/max_user_watches");

    private Failures() {}

    /** Whether {@code error} is the JDK's inotify ENOSPC: the per-user watch limit is reached. */
    static boolean isWatchLimit(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof RefusedWatchException
                    || (t instanceof IOException
                            && String.valueOf(t.getMessage()).contains("inotify watches"))) {
                return true;
            }
        }
        return false;
    }

    /** A watcher failure for {@code error}, which happened while watching {@code root}. */
    static WatcherException translate(Path root, Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof RefusedWatchException refused) {
                return WatcherException.watchLimitReached(refused.directory().toString(), currentLimit(), error);
            }
        }
        if (isWatchLimit(error)) {
            return WatcherException.watchLimitReached(root.toString(), currentLimit(), error);
        }
        Throwable cause = error.getCause() != null && !(error instanceof IOException) ? error.getCause() : error;
        return new WatcherException("cannot watch " + root + ": " + cause, error);
    }

    private static String currentLimit() {
        try {
            return Files.readString(WATCH_LIMIT).strip();
        } catch (IOException e) {
            // The value only helps the reader of the message; without /proc (or on macOS) the setting's name remains.
            return "unknown (" + WATCH_LIMIT + ": " + e + ")";
        }
    }
}
