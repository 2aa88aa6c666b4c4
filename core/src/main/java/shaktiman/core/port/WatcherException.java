package shaktiman.core.port;

/** Thrown or reported by {@link Watcher} when watching fails; the message names the directory. */
public final class WatcherException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WatcherException(String message, Throwable cause) {
        super(message, cause);
    }
}
