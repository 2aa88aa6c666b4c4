package shaktiman.app.cli.output;

import java.util.Map;
import java.util.Objects;

/**
 * {@code status}'s result (MI-39, MI-43).
 *
 * @param root the canonical project root
 * @param daemon the daemon state
 * @param index the stored index
 */
public record StatusReport(String root, Daemon daemon, Index index) {

    public StatusReport {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(daemon, "daemon");
        Objects.requireNonNull(index, "index");
    }

    /**
     * The daemon state.
     *
     * @param state {@code running}, {@code pid_alive} or {@code not_running}
     * @param pid the pid {@code daemon.pid} names, null when unknown or not relevant
     * @param socket the socket that answered, null unless running
     * @param since when the leader started, null when unknown
     * @param description the same sentence the text output prints
     */
    public record Daemon(String state, Long pid, String socket, String since, String description) {}

    /**
     * The stored index.
     *
     * @param path the database file
     * @param schemaVersion the highest applied migration
     * @param fullIndexCompleted whether a full index has completed (MI-10)
     * @param files indexed files
     * @param testFiles of which test files
     * @param chunks chunks
     * @param symbols symbols
     * @param edges graph edges
     * @param parseErrors files with parse errors
     * @param languages files per language, by count descending then name
     */
    public record Index(
            String path,
            int schemaVersion,
            boolean fullIndexCompleted,
            long files,
            long testFiles,
            long chunks,
            long symbols,
            long edges,
            long parseErrors,
            Map<String, Long> languages) {}
}
