package shaktiman.core.query;

import java.util.Locale;

/** MCP-25's {@code mode}: one line per hit, or each hit's content in a block. */
public enum SearchMode {
    LOCATE,
    FULL;

    /** The wire name, such as {@code locate}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
