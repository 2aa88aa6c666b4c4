package shaktiman.app.config;

import java.util.Locale;
import java.util.Objects;

/**
 * One key of {@code shaktiman.toml}.
 *
 * @param name the dotted name, {@code section.key}
 * @param kind its type and range
 * @param defaultValue its built-in default in the kind's Java type, or null when it is derived (embedding.model/dims)
 * @param note a one-line note for the sample file
 */
record ConfigKey(String name, ValueKind kind, Object defaultValue, String note) {

    ConfigKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(note, "note");
        if (name.indexOf('.') <= 0) {
            throw new IllegalArgumentException("key name must be section.key: " + name);
        }
    }

    String section() {
        return name.substring(0, name.indexOf('.'));
    }

    String leaf() {
        return name.substring(name.indexOf('.') + 1);
    }

    /** IX-67's general environment form, e.g. {@code SHAKTIMAN_SEARCH_MAX_RESULTS}. */
    String envName() {
        return "SHAKTIMAN_" + name.replace('.', '_').toUpperCase(Locale.ROOT);
    }
}
