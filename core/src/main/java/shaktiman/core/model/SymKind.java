package shaktiman.core.model;

import java.util.Arrays;
import java.util.Locale;

/** The kind of a symbol: exactly MCP's {@code SymKind} (IX-27). */
public enum SymKind {
    FUNCTION,
    METHOD,
    CLASS,
    INTERFACE,
    TYPE,
    VARIABLE,
    CONSTANT,
    NAMESPACE,
    FILE;

    /** The wire and database name, such as {@code function}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind with this wire name.
     *
     * @throws IllegalArgumentException naming the value and the valid names
     */
    public static SymKind fromWireName(String wireName) {
        for (SymKind kind : values()) {
            if (kind.wireName().equals(wireName)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown symbol kind " + wireName + "; valid: "
                + Arrays.stream(values()).map(SymKind::wireName).toList());
    }
}
