package shaktiman.app.config;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

/**
 * The configuration cannot be used. Carries every problem found, one line each, in a stable order (MI-49): value errors
 * by source (file, environment, command line) and key, then the cross-field rules.
 */
public final class ConfigException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    // Transient because List is not a Serializable type; these exceptions never cross a serialization boundary.
    private final transient List<String> messages;

    /** Reports {@code messages}, each a complete line such as {@code config: search.max_results must be ...}. */
    public ConfigException(List<String> messages) {
        super(String.join("\n", requireNonEmpty(messages)));
        this.messages = List.copyOf(messages);
    }

    /** Reports one message caused by {@code cause}, e.g. a file that cannot be read. */
    public ConfigException(String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.messages = List.of(message);
    }

    /** Every problem, one line each, in reporting order. */
    public List<String> messages() {
        return messages;
    }

    private static List<String> requireNonEmpty(List<String> messages) {
        if (Objects.requireNonNull(messages, "messages").isEmpty()) {
            throw new IllegalArgumentException("messages must not be empty");
        }
        return messages;
    }
}
