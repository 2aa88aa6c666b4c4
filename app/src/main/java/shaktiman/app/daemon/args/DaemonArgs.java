package shaktiman.app.daemon.args;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The parsed command line of {@code shaktimand} (MI-46).
 *
 * @param root the project root as given (not yet canonical)
 * @param logLevel the {@code --log-level} value, unvalidated (MI-32 decides what an unknown value means)
 */
public record DaemonArgs(Path root, Optional<String> logLevel) {
    public DaemonArgs {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(logLevel, "logLevel");
    }
}
