package shaktiman.core.query;

import java.util.Locale;

/**
 * MCP-33's {@code direction} as the engine takes it ({@code incoming}/{@code outgoing} are argument aliases handled
 * where arguments are parsed). A result carries {@link #CALLERS} or {@link #CALLEES}, never {@link #BOTH}.
 */
public enum Direction {
    CALLERS,
    CALLEES,
    BOTH;

    /** The wire name, such as {@code callers}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
