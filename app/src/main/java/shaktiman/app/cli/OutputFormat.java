package shaktiman.app.cli;

import java.util.Locale;

/** The shape of a command's result on stdout (MI-38). */
enum OutputFormat {
    /** One JSON document, indented 2 spaces, with a trailing newline. */
    JSON,
    /** Lines for people. */
    TEXT;

    /** Parses a {@code --format} value. */
    static OutputFormat parse(String value) {
        return switch (value) {
            case "json" -> JSON;
            case "text" -> TEXT;
            default -> throw new UsageException("--format must be json or text, got " + value);
        };
    }

    /** The default: text for a person at a terminal, JSON for a program reading a pipe. */
    static OutputFormat defaultFor(Terminal terminal) {
        return terminal.stdout() ? TEXT : JSON;
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
