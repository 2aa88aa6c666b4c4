package shaktiman.core.model;

import java.util.Arrays;
import java.util.Locale;

/** The kind of a reference between symbols: exactly MCP's {@code EdgeKind} (IX-29). */
public enum EdgeKind {
    IMPORTS,
    CALLS,
    INHERITS,
    IMPLEMENTS,
    TYPE_REF;

    /** The wire and database name, such as {@code type_ref}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind with this wire name.
     *
     * @throws IllegalArgumentException naming the value and the valid names
     */
    public static EdgeKind fromWireName(String wireName) {
        for (EdgeKind kind : values()) {
            if (kind.wireName().equals(wireName)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown edge kind " + wireName + "; valid: "
                + Arrays.stream(values()).map(EdgeKind::wireName).toList());
    }
}
