package shaktiman.core.port;

import java.util.Objects;

/** Thrown by {@link IndexStore}; {@link #kind()} tells the caller which of the distinct reactions applies. */
public class IndexStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, as far as a caller reacts to it differently. */
    public enum Kind {
        /** The database file does not exist (read-only open). */
        MISSING,
        /** The file is not a database we can read: corrupt, or foreign without migrations for a reader. */
        CORRUPT,
        /** The schema is older than this build and a reader may not migrate it. */
        SCHEMA_TOO_OLD,
        /** The schema is newer than this build knows, or a migration checksum differs. */
        SCHEMA_TOO_NEW,
        /** Another process holds a conflicting lock on the database (SQLITE_BUSY beyond the timeout). */
        LOCKED,
        /** A write was asked of a store opened read-only. */
        READ_ONLY,
        /** The store was used after close. */
        CLOSED,
        /** Any other I/O or SQL failure. */
        IO
    }

    private final Kind kind;

    public IndexStoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public IndexStoreException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }
}
