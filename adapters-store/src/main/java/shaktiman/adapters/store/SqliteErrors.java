package shaktiman.adapters.store;

import java.nio.file.Path;
import java.sql.SQLException;
import shaktiman.core.port.IndexStoreException;
import shaktiman.core.port.IndexStoreException.Kind;

/** Translates sqlite-jdbc's {@link SQLException}s into {@link IndexStoreException}s at the adapter boundary. */
final class SqliteErrors {
    // Primary SQLite result codes (sqlite3.h); sqlite-jdbc may report extended codes, whose low byte is the primary.
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;

    private SqliteErrors() {}

    /** The fix offered for every corrupt index: it is derived data, so rebuilding loses nothing. */
    static String corruptFix() {
        return "the index is derived data: rebuild it with `shaktiman reindex --force`";
    }

    static IndexStoreException translate(String operation, Path dbFile, SQLException e) {
        int primary = e.getErrorCode() & 0xFF;
        return switch (primary) {
            case SQLITE_BUSY, SQLITE_LOCKED ->
                new IndexStoreException(
                        Kind.LOCKED,
                        "cannot " + operation + " index at " + dbFile
                                + ": locked by another connection or process (SQLITE_BUSY); " + e.getMessage(),
                        e);
            case SQLITE_CORRUPT, SQLITE_NOTADB -> corrupt(operation, dbFile, e.getMessage(), e);
            default ->
                new IndexStoreException(
                        Kind.IO, "cannot " + operation + " index at " + dbFile + ": " + e.getMessage(), e);
        };
    }

    static IndexStoreException corrupt(String operation, Path dbFile, String reason, Throwable cause) {
        return new IndexStoreException(
                Kind.CORRUPT,
                "cannot " + operation + " index at " + dbFile + ": not a readable Shaktiman index (" + reason + "); "
                        + corruptFix(),
                cause);
    }
}
