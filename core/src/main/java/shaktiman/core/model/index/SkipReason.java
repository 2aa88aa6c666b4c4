package shaktiman.core.model.index;

import java.util.Locale;

/** Why a file has a row in {@code skipped_files} (IX-9, IX-44); exactly the values of the IX-37 CHECK constraint. */
public enum SkipReason {
    TOO_LARGE,
    BINARY,
    UNREADABLE,
    OUTSIDE_ROOT,
    DUPLICATE_LINK,
    WRITE_FAILED;

    /** The database name, such as {@code too_large}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
