package shaktiman.core.port;

import java.util.Objects;

/** Thrown by {@link VectorStore} when it cannot do what was asked; invalid arguments are IllegalArgumentException. */
public class VectorStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, as far as a caller reacts to it differently. */
    public enum Kind {
        /** The store was used after close. */
        CLOSED,
        /** Saving or reading the store's file failed. */
        IO
    }

    private final Kind kind;

    public VectorStoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public VectorStoreException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }
}
