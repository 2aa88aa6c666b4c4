package shaktiman.adapters.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import shaktiman.core.port.IndexStoreException;
import shaktiman.core.port.IndexStoreException.Kind;

/** The database file and its SQLite sidecars on disk (MI-1: mode 0600, applied explicitly). */
final class DatabaseFile {
    private static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");
    private static final List<String> SIDECARS = List.of("-wal", "-shm", "-journal");

    private DatabaseFile() {}

    /** Creates an empty file with mode 0600 unless one exists; returns whether it created it. */
    static boolean createIfMissing(Path dbFile) {
        try {
            Files.createFile(dbFile, PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE));
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new IndexStoreException(Kind.IO, "cannot create index at " + dbFile + ": " + e, e);
        }
        try {
            // The creation mode is filtered by the umask; MI-1 wants the mode applied, not left to it.
            Files.setPosixFilePermissions(dbFile, OWNER_READ_WRITE);
        } catch (IOException e) {
            throw new IndexStoreException(Kind.IO, "cannot set mode 0600 on index at " + dbFile + ": " + e, e);
        }
        return true;
    }

    /** Deletes the database and its sidecars, so that a foreign database can be rebuilt from scratch. */
    static void deleteWithSidecars(Path dbFile) {
        Path current = dbFile;
        try {
            Files.deleteIfExists(dbFile);
            for (String suffix : SIDECARS) {
                current = dbFile.resolveSibling(dbFile.getFileName() + suffix);
                Files.deleteIfExists(current);
            }
        } catch (IOException e) {
            throw new IndexStoreException(Kind.IO, "cannot delete foreign database file " + current + ": " + e, e);
        }
    }
}
