package shaktiman.core.query;

import java.util.Locale;

/** MCP-45's {@code strategy}: {@code hybrid} when the semantic signal is available for the query. */
public enum Strategy {
    HYBRID,
    KEYWORD;

    /** The wire name, such as {@code keyword}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
