package shaktiman.core.index.discovery;

import java.util.Locale;

/**
 * The states {@code explain} reports (IX-69). Discovery decides all but {@link #STALE} and {@link #WRITE_FAILED}, which
 * need the store; for a file discovery accepts it says {@link #INDEXED}, and the caller refines that with the store.
 */
public enum PathState {
    INDEXED,
    STALE,
    IGNORED,
    EXCLUDED,
    TOO_LARGE,
    BINARY,
    UNREADABLE,
    OUTSIDE_ROOT,
    DUPLICATE_LINK,
    WRITE_FAILED,
    NO_LANGUAGE,
    NOT_FOUND,
    DIRECTORY;

    /** The spec's name: {@code too_large}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state of a path refused for {@code reason}. */
    public static PathState of(Reason reason) {
        return switch (reason) {
            case OUTSIDE_ROOT -> OUTSIDE_ROOT;
            case EXCLUDED -> EXCLUDED;
            case IGNORED -> IGNORED;
            case DUPLICATE_LINK -> DUPLICATE_LINK;
            case TOO_LARGE -> TOO_LARGE;
            case BINARY -> BINARY;
            case UNREADABLE -> UNREADABLE;
            case NO_LANGUAGE -> NO_LANGUAGE;
        };
    }
}
