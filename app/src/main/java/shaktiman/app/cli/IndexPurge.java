package shaktiman.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import shaktiman.core.daemon.ProjectLayout;

/**
 * {@code reindex}'s purge (MI-39, MI-1's index row): deletes {@code index.db} with its SQLite sidecars and the vector
 * file, never the config, the logs or {@code daemon.pid}. The caller holds the lock.
 */
final class IndexPurge {
    private static final List<String> DB_SIDECARS = List.of("", "-wal", "-shm", "-journal");
    private static final List<String> VECTOR_FILES = List.of("embeddings.bin", "embeddings.hnsw");

    private IndexPurge() {}

    /**
     * Deletes every index artefact of {@code layout} that exists.
     *
     * @throws CommandFailure naming the file and the OS reason when one cannot be deleted
     */
    static void purge(ProjectLayout layout) {
        Path db = layout.indexDb();
        for (String suffix : DB_SIDECARS) {
            delete(db.resolveSibling(db.getFileName() + suffix));
        }
        for (String name : VECTOR_FILES) {
            delete(layout.stateDir().resolve(name));
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new CommandFailure("cannot delete " + file + ": " + e.getMessage(), e);
        }
    }
}
