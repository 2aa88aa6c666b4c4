package shaktiman.adapters.socket;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.newsclub.net.unix.AFUNIXServerSocket;
import org.newsclub.net.unix.AFUNIXSocketAddress;
import org.newsclub.net.unix.FileDescriptorCast;
import shaktiman.core.port.TransportException;

/**
 * The MI-15 bind procedure: bind inside a fresh private directory {@code <dir>/.shaktiman-<hash>-<pid>} (0700), set the
 * socket to 0600, rename it atomically onto the path, remove the private directory. The path is never visible with a
 * wider mode, because junixsocket's bind leaves the socket at 0666 until the chmod.
 */
final class PrivateDirBinder {

    private static final Set<PosixFilePermission> DIR_MODE = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> SOCKET_MODE = PosixFilePermissions.fromString("rw-------");
    private static final String FIX = "remove it or set TMPDIR";
    private static final System.Logger LOG = System.getLogger(PrivateDirBinder.class.getName());

    private PrivateDirBinder() {}

    /**
     * Binds a listening socket at {@code path} (absolute) by the MI-15 procedure. Serialised process-wide, because the
     * private directory's name depends only on the path and the pid.
     */
    static synchronized BoundSocket bind(Path path) {
        Path privateDir = privateDirFor(path);
        // A one-letter name keeps the bind path within sun_path (107 bytes) for every P that MI-14 allows but the
        // longest directories with seven-digit pids.
        Path inPrivate = privateDir.resolve("s");
        AFUNIXServerSocket original = null;
        AFUNIXServerSocket server = null;
        boolean created = false;
        try {
            createPrivateDir(privateDir, path);
            created = true;
            original = AFUNIXServerSocket.newInstance();
            original.setDeleteOnClose(false);
            original.bind(AFUNIXSocketAddress.of(inPrivate));
            server =
                    FileDescriptorCast.duplicating(original.getFileDescriptor()).as(AFUNIXServerSocket.class);
            server.setDeleteOnClose(false);
            Files.setPosixFilePermissions(inPrivate, SOCKET_MODE);
            Object fileKey = Files.readAttributes(inPrivate, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .fileKey();
            long ownerUid = uidOf(inPrivate);
            moveOnto(inPrivate, path);
            return new BoundSocket(server, original, fileKey, ownerUid);
        } catch (IOException e) {
            closeAll(path, server, original);
            throw new TransportException("cannot bind socket at " + path + ": " + describe(e) + "; " + FIX, e);
        } catch (TransportException e) {
            closeAll(path, server, original);
            throw e;
        } finally {
            // Only what we created is cleaned up: a name we did not create may be a symlink to anywhere.
            if (created) {
                removePrivateDir(privateDir, inPrivate, path);
            }
        }
    }

    /** {@code <dir>/.shaktiman-<hash>-<pid>}, the hash being P's file name between "shaktiman-" and ".sock". */
    static Path privateDirFor(Path path) {
        String name = path.getFileName().toString();
        String hash = name.startsWith("shaktiman-") && name.endsWith(".sock")
                ? name.substring("shaktiman-".length(), name.length() - ".sock".length())
                : name;
        return path.resolveSibling(
                ".shaktiman-" + hash + "-" + ProcessHandle.current().pid());
    }

    private static void createPrivateDir(Path privateDir, Path path) throws IOException {
        try {
            Files.createDirectory(privateDir, PosixFilePermissions.asFileAttribute(DIR_MODE));
        } catch (FileAlreadyExistsException e) {
            // Left behind by a crashed earlier process with the same pid, or by this one. Only a real directory is
            // cleaned (never through a symlink); in a sticky directory, removing someone else's fails, and so does
            // the bind: we only ever bind inside a directory we have just created.
            if (!Files.isDirectory(privateDir, LinkOption.NOFOLLOW_LINKS)) {
                throw new TransportException(
                        "cannot bind socket at " + path + ": " + privateDir + " exists and is not a directory"
                                + inTheWay(privateDir) + "; " + FIX,
                        e);
            }
            Files.deleteIfExists(privateDir.resolve("s"));
            Files.delete(privateDir);
            Files.createDirectory(privateDir, PosixFilePermissions.asFileAttribute(DIR_MODE));
        } catch (AccessDeniedException e) {
            throw new TransportException(
                    "cannot bind socket at " + path + ": directory " + path.getParent() + " is not writable; " + FIX,
                    e);
        }
        // The umask may have narrowed the mode; MI-1 wants modes applied explicitly.
        Files.setPosixFilePermissions(privateDir, DIR_MODE);
    }

    private static void moveOnto(Path inPrivate, Path path) {
        try {
            Files.move(inPrivate, path, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new TransportException(
                    "cannot bind socket at " + path + ": " + describe(e) + inTheWay(path) + "; " + FIX, e);
        }
    }

    private static String inTheWay(Path path) {
        try {
            return "; a " + kindOf(path) + " owned by uid " + uidOf(path) + " is in the way";
        } catch (NoSuchFileException e) {
            return "";
        } catch (IOException e) {
            return "; something unreadable is in the way (" + describe(e) + ")";
        }
    }

    private static String kindOf(Path path) throws IOException {
        BasicFileAttributes attributes =
                Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attributes.isDirectory()) {
            return "directory";
        }
        return attributes.isRegularFile() ? "regular file" : "file";
    }

    static long uidOf(Path path) throws IOException {
        return ((Number) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS)).longValue();
    }

    private static void removePrivateDir(Path privateDir, Path inPrivate, Path path) {
        try {
            Files.deleteIfExists(inPrivate);
            Files.deleteIfExists(privateDir);
        } catch (IOException e) {
            // The socket (if bound) is already at P and works; a leftover empty 0700 directory is only clutter, and
            // the next bind by a process with this pid replaces it.
            LOG.log(Level.WARNING, "bind socket at " + path + ": cannot remove private directory " + privateDir, e);
        }
    }

    private static void closeAll(Path path, AFUNIXServerSocket server, AFUNIXServerSocket original) {
        if (server != null) {
            BoundSocket.closeLogging(server, path);
        }
        if (original != null) {
            BoundSocket.closeLogging(original, path);
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
