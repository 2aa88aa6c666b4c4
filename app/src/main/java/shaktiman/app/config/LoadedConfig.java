package shaktiman.app.config;

import java.util.List;
import java.util.Objects;

/**
 * A valid configuration and the warnings met while reading it (MI-50: unknown keys, sections and variables), each a
 * complete line for stderr and the log.
 *
 * @param config the merged, checked configuration
 * @param warnings the warnings, in the order found
 */
public record LoadedConfig(Config config, List<String> warnings) {

    public LoadedConfig {
        Objects.requireNonNull(config, "config");
        warnings = List.copyOf(warnings);
    }
}
