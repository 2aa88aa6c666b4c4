package shaktiman.app.cli;

import java.util.List;
import shaktiman.app.config.Config;

/** The result of loading and validating the config (§7), as the CLI reports it. */
public sealed interface ConfigOutcome {

    /**
     * The config is usable.
     *
     * @param config the merged, validated configuration
     * @param warnings MI-50's warnings, each a complete line for stderr
     */
    record Valid(Config config, List<String> warnings) implements ConfigOutcome {
        public Valid {
            java.util.Objects.requireNonNull(config, "config");
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * The config is not usable.
     *
     * @param messages every problem, each a complete line such as {@code config: search.max_results must be ...}
     */
    record Invalid(List<String> messages) implements ConfigOutcome {
        public Invalid {
            messages = List.copyOf(messages);
            if (messages.isEmpty()) {
                throw new IllegalArgumentException("messages must not be empty");
            }
        }
    }
}
