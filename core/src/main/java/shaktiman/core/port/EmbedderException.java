package shaktiman.core.port;

import java.util.Objects;

/** Thrown by {@link Embedder}; {@link #kind()} tells whether a later retry can succeed (IX-56). */
public class EmbedderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Whether the failure can go away by itself. */
    public enum Kind {
        /** The request itself is wrong (a 4xx, a closed embedder): retrying the same input fails again. */
        PERMANENT,
        /** The provider is unavailable or misbehaved (5xx, I/O, timeout, bad answer): a later retry may succeed. */
        TRANSIENT
    }

    private final Kind kind;

    public EmbedderException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public EmbedderException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }

    /** Whether this failure is {@link Kind#PERMANENT}. */
    public boolean permanent() {
        return kind == Kind.PERMANENT;
    }
}
