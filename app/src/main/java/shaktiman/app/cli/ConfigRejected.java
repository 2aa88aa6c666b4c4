package shaktiman.app.cli;

import java.io.Serial;
import java.util.List;

/** The config is invalid: its §7 messages are printed to stderr as they are, one per line, and the exit is 1. */
final class ConfigRejected extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    // Transient because List is not Serializable; this exception never crosses a serialisation boundary.
    private final transient List<String> messages;

    ConfigRejected(List<String> messages) {
        super(String.join("\n", messages));
        this.messages = List.copyOf(messages);
    }

    List<String> messages() {
        return messages;
    }
}
