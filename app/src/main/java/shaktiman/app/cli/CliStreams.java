package shaktiman.app.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.util.Objects;

/**
 * The standard streams as the CLI sees them. Results go to {@code out}; progress, prompts, warnings and errors go to
 * {@code err}; {@code in} is read only for {@code reindex}'s prompt (MI-41).
 *
 * @param in the user's answers
 * @param out picocli's out writer: results only
 * @param err messages for people
 * @param terminal which streams are terminals (MI-44)
 */
public record CliStreams(BufferedReader in, PrintWriter out, PrintWriter err, Terminal terminal) {
    public CliStreams {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(terminal, "terminal");
    }
}
