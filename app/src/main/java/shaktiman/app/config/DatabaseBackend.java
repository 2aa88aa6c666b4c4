package shaktiman.app.config;

import java.util.Locale;

/** Where the index's rows live ({@code database.backend}, IX-61). */
public enum DatabaseBackend {
    SQLITE,
    POSTGRES;

    /** The name used in the config file, e.g. {@code sqlite}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
