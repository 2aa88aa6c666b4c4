package shaktiman.adapters.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import shaktiman.core.port.VectorStoreException;

/**
 * Replaces a file so that a kill at any moment leaves the old file or the new one, never a torn one (IX-59): write
 * {@code .<name>.tmp-<pid>} beside it with mode 0600, force it to disk, rename it atomically over the target, then
 * force the directory.
 */
final class AtomicFile {
    private static final System.Logger LOG = System.getLogger(AtomicFile.class.getName());

    /** Writes the new content to the open temp file. */
    @FunctionalInterface
    interface Content {
        void writeTo(FileChannel out) throws IOException;
    }

    private AtomicFile() {}

    static void replace(Path target, Content content) {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = dir.resolve(
                "." + target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(temp);
            try (FileChannel out = FileChannel.open(
                    temp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly())) {
                content.writeTo(out);
                out.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            if (e instanceof VectorStoreException failure) {
                throw failure;
            }
            throw new VectorStoreException(
                    VectorStoreException.Kind.IO, "cannot save " + target + " (through " + temp + "): " + e, e);
        }
        forceDirectory(dir);
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
            };
        }
        return new FileAttribute<?>[0];
    }

    /** Makes the rename durable; a platform that cannot open a directory for this only loses that guarantee. */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "cannot force directory " + dir + " after a rename; the rename itself completed", e);
        }
    }
}
