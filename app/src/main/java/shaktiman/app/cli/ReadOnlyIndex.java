package shaktiman.app.cli;

import java.nio.file.Files;
import shaktiman.core.daemon.ProjectLayout;
import shaktiman.core.port.IndexStore;
import shaktiman.core.port.IndexStoreException;

/**
 * How read commands reach the index (MI-42): they never create S, a config or a database, and with no index they fail
 * with a message that says how to get one.
 */
final class ReadOnlyIndex {
    private ReadOnlyIndex() {}

    /**
     * Fails unless {@code S/index.db} exists; looks without creating anything.
     *
     * @throws CommandFailure with MI-42's no-index message
     */
    static void requireExists(ProjectLayout layout) {
        if (!Files.exists(layout.indexDb())) {
            throw noIndex(layout);
        }
    }

    /**
     * Opens the index read-only through the store adapter.
     *
     * @throws CommandFailure naming the database and what to do when it is missing, too old, too new or unreadable
     */
    static IndexStore open(ProjectLayout layout, CliAdapters adapters) {
        requireExists(layout);
        try {
            return adapters.openIndexReadOnly(layout.indexDb());
        } catch (IndexStoreException e) {
            throw switch (e.kind()) {
                case MISSING -> noIndex(layout);
                case SCHEMA_TOO_OLD ->
                    new CommandFailure(
                            "the index at " + layout.indexDb() + " has an older schema than this shaktiman; start"
                                    + " shaktimand there or run: shaktiman index " + layout.root() + " to upgrade it",
                            e);
                case SCHEMA_TOO_NEW ->
                    new CommandFailure(
                            "the index at " + layout.indexDb() + " was written by a newer shaktiman; upgrade shaktiman",
                            e);
                case CORRUPT, LOCKED, READ_ONLY, CLOSED, IO -> new CommandFailure(e.getMessage(), e);
            };
        }
    }

    private static CommandFailure noIndex(ProjectLayout layout) {
        return new CommandFailure("no index for " + layout.root() + " (" + layout.stateDir()
                + "/index.db not found); start shaktimand there or run: shaktiman index " + layout.root());
    }
}
