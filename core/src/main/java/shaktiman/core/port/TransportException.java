package shaktiman.core.port;

/** Thrown by {@link TransportPort} and its listeners and connections when an operation fails; the message names the path. */
public final class TransportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TransportException(String message) {
        super(message);
    }

    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
