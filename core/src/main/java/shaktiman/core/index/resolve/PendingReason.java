package shaktiman.core.index.resolve;

import java.util.Locale;

/** Why a reference yielded no edge (IX-32); exactly the values of the {@code pending_edges.reason} CHECK. */
public enum PendingReason {
    NOT_FOUND,
    AMBIGUOUS,
    EXTERNAL;

    /** The database name, such as {@code not_found}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The reason with this database name.
     *
     * @throws IllegalArgumentException naming the value
     */
    public static PendingReason fromWireName(String wireName) {
        for (PendingReason reason : values()) {
            if (reason.wireName().equals(wireName)) {
                return reason;
            }
        }
        throw new IllegalArgumentException("unknown pending reason " + wireName);
    }
}
