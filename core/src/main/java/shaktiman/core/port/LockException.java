package shaktiman.core.port;

/** Thrown by {@link LockPort} for I/O failures and for use after close. */
public final class LockException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LockException(String message) {
        super(message);
    }

    public LockException(String message, Throwable cause) {
        super(message, cause);
    }
}
