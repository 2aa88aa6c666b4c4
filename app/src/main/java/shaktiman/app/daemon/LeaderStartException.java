package shaktiman.app.daemon;

import java.util.List;

/**
 * A leader could not start (MI-7 steps 8–11): every line is printed on stderr as {@code shaktimand: <line>} (config
 * messages already carry their {@code config:} prefix) and the process exits 1 after releasing everything it took.
 */
final class LeaderStartException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<String> lines;

    LeaderStartException(List<String> lines, Throwable cause) {
        super(String.join("; ", lines), cause);
        this.lines = List.copyOf(lines);
    }

    List<String> lines() {
        return lines;
    }
}
