package shaktiman.core.port;

/** Thrown or reported by {@link Watcher} when watching fails; the message names the directory. */
public final class WatcherException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The Linux setting that caps inotify watches per user; every message about the cap names it. */
    public static final String WATCH_LIMIT_SETTING = "fs.inotify.max_user_watches";

    public WatcherException(String message) {
        super(message);
    }

    public WatcherException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The OS refused a watch on {@code directory} because the per-user watch limit is reached.
     *
     * @param currentLimit the limit's current value, or a description when it cannot be read
     */
    public static WatcherException watchLimitReached(String directory, String currentLimit, Throwable cause) {
        return new WatcherException(
                "cannot watch " + directory + ": the OS refused another watch (" + WATCH_LIMIT_SETTING + " = "
                        + currentLimit + " is reached); raise it, for example with 'sudo sysctl "
                        + WATCH_LIMIT_SETTING + "=524288'",
                cause);
    }
}
