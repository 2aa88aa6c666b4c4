package shaktiman.app.cli;

/** The exit codes of {@code shaktiman} (MI-38). */
public final class ExitCodes {
    /** Success, zero results included. */
    public static final int OK = 0;

    /** A runtime failure: no index, a lock held by another process, an invalid config, an I/O error. */
    public static final int FAILURE = 1;

    /** A usage error: an unknown command or flag, a bad or out-of-range value, a missing argument. */
    public static final int USAGE = 2;

    private ExitCodes() {}
}
