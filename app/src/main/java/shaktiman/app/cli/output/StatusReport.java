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
     * The stored index: IX-68's statistics, every count of them (MI-39: the JSON carries every count).
     *
     * @param path the database file
     * @param schemaVersion the highest applied migration
     * @param fullIndexCompleted whether a full index has completed for the current fingerprint (MI-10)
     * @param fingerprint the stored index fingerprint (IX-40), null when none is stored
     * @param completion the completion record (IX-41), null when there is none
     * @param files indexed files
     * @param testFiles of which test files
     * @param chunks chunks
     * @param symbols symbols, the {@code file} kind excluded
     * @param edges resolved graph edges
     * @param pendingEdges unresolved references
     * @param parseErrors files whose parse quality is {@code partial} or {@code error} (IX-68)
     * @param parseQuality those files by quality: {@code partial} and {@code error}
     * @param skippedFiles {@code skipped_files} rows (IX-9)
     * @param embeddedChunks chunks with a vector
     * @param embedFailedChunks chunks without a vector after a failed attempt
     * @param lastChangeAt the newest change record's time, null when there is none
     * @param languages files per language, by count descending then name
     * @param languageChunks chunks per language, by count descending then name
     * @param edgesByKind resolved edges per kind
     * @param pendingEdgesByReason unresolved references per reason
     * @param skippedByReason skipped files per reason
     */
    public record Index(
            String path,
            int schemaVersion,
            boolean fullIndexCompleted,
            String fingerprint,
            Completion completion,
            long files,
            long testFiles,
            long chunks,
            long symbols,
            long edges,
            long pendingEdges,
            long parseErrors,
            Map<String, Long> parseQuality,
            long skippedFiles,
            long embeddedChunks,
            long embedFailedChunks,
            String lastChangeAt,
            Map<String, Long> languages,
            Map<String, Long> languageChunks,
            Map<String, Long> edgesByKind,
            Map<String, Long> pendingEdgesByReason,
            Map<String, Long> skippedByReason) {}

    /**
     * The completion record (IX-41).
     *
     * @param completedAt when the last full scan committed its last batch
     * @param fingerprint the index fingerprint it completed for
     */
    public record Completion(String completedAt, String fingerprint) {}
}
