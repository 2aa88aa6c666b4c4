package shaktiman.app.cli;

import java.util.Map;
import java.util.Objects;

/**
 * What every command is built with: the streams, the environment, the adapters, and the options given before the
 * command name.
 *
 * @param streams the standard streams
 * @param env the process environment (TMPDIR for the socket path, TERM and CI for terminals)
 * @param adapters the adapters and config loader
 * @param topOptions the top-level command's {@link GlobalOptions}
 * @param json the JSON writer
 */
record CliContext(
        CliStreams streams, Map<String, String> env, CliAdapters adapters, GlobalOptions topOptions, JsonOutput json) {
    CliContext {
        Objects.requireNonNull(streams, "streams");
        env = Map.copyOf(env);
        Objects.requireNonNull(adapters, "adapters");
        Objects.requireNonNull(topOptions, "topOptions");
        Objects.requireNonNull(json, "json");
    }
}
