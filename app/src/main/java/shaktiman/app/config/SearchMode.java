package shaktiman.app.config;

import java.util.Locale;

/** The default result shape of {@code search} ({@code search.default_mode}, MCP-25). */
public enum SearchMode {
    LOCATE,
    FULL;

    /** The name used in the config file, e.g. {@code locate}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
