package shaktiman.core.port;

import java.util.List;
import java.util.Objects;

/**
 * What {@link IndexWriter#apply} committed.
 *
 * @param deletedChunkIds ids of the chunks the batch removed, for the vector store (IX-47, IX-54), ascending
 * @param filesWritten files whose parsed content was stored (new, changed or re-written)
 * @param filesDeleted files removed from the index
 * @param filesRenamed deletion/addition pairs stored as one rename (IX-48), not counted in the two above
 * @param filesTouched files whose mtime alone was updated
 * @param skipsRecorded rows written to {@code skipped_files} by skip jobs
 * @param staleDiscarded jobs discarded by the stale guard (IX-46), or touches of a path not in the index
 * @param transactions how many transactions the batch was committed in (IX-42 limits)
 * @param failures files whose change was rolled back and recorded {@code write_failed} (IX-44)
 */
public record BatchResult(
        List<Long> deletedChunkIds,
        int filesWritten,
        int filesDeleted,
        int filesRenamed,
        int filesTouched,
        int skipsRecorded,
        int staleDiscarded,
        int transactions,
        List<FileFailure> failures) {

    public BatchResult {
        deletedChunkIds = List.copyOf(deletedChunkIds);
        failures = List.copyOf(failures);
    }

    /** A file whose change the writer rolled back: its previous rows are intact (IX-44). */
    public record FileFailure(String path, String message) {
        public FileFailure {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(message, "message");
        }
    }
}
