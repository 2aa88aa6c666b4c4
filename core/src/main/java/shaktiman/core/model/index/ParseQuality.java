package shaktiman.core.model.index;

import java.util.Locale;

/** How well a file parsed (IX-15): {@code full}, {@code partial} (ERROR or MISSING nodes) or {@code error}. */
public enum ParseQuality {
    FULL,
    PARTIAL,
    ERROR;

    /** The database name, such as {@code partial}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
