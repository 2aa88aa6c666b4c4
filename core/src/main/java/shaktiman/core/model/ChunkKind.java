package shaktiman.core.model;

import java.util.Arrays;
import java.util.Locale;

/** The kind of a chunk: a declaration kind, or {@code header} and {@code block} for the rest (IX-21, IX-37). */
public enum ChunkKind {
    FUNCTION,
    METHOD,
    CLASS,
    INTERFACE,
    TYPE,
    NAMESPACE,
    VARIABLE,
    CONSTANT,
    HEADER,
    BLOCK;

    /** The wire and database name, such as {@code function}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind with this wire name.
     *
     * @throws IllegalArgumentException naming the value and the valid names
     */
    public static ChunkKind fromWireName(String wireName) {
        for (ChunkKind kind : values()) {
            if (kind.wireName().equals(wireName)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown chunk kind " + wireName + "; valid: "
                + Arrays.stream(values()).map(ChunkKind::wireName).toList());
    }
}
