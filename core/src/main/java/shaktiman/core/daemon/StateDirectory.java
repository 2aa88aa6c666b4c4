package shaktiman.core.daemon;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Creates the state directory S with mode 0750 when it is missing (MI-1, MI-4). */
public final class StateDirectory {
    private StateDirectory() {}

    /**
     * Ensures {@code stateDir} exists as a directory.
     *
     * @return whether it was created now
     * @throws StateDirectoryException naming the path and the OS reason when it cannot be created or is not a directory
     */
    public static boolean ensure(Path stateDir) {
        if (Files.isDirectory(stateDir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (Files.exists(stateDir, LinkOption.NOFOLLOW_LINKS)) {
            throw new StateDirectoryException("cannot create " + stateDir + ": Not a directory");
        }
        try {
            Files.createDirectory(stateDir);
            Files.setPosixFilePermissions(stateDir, PosixFilePermissions.fromString("rwxr-x---"));
            return true;
        } catch (FileAlreadyExistsException e) {
            if (Files.isDirectory(stateDir)) {
                return false; // another process created it between our check and our create
            }
            throw new StateDirectoryException("cannot create " + stateDir + ": Not a directory", e);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new StateDirectoryException("cannot create " + stateDir + ": Permission denied", e);
        } catch (java.nio.file.FileSystemException e) {
            String reason = e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
            throw new StateDirectoryException("cannot create " + stateDir + ": " + reason, e);
        } catch (IOException e) {
            throw new StateDirectoryException("cannot create " + stateDir + ": " + e.getMessage(), e);
        }
    }

    /** The state directory could not be created; the message is fit for {@code shaktimand: <message>}. */
    public static final class StateDirectoryException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StateDirectoryException(String message) {
            super(message);
        }

        StateDirectoryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
