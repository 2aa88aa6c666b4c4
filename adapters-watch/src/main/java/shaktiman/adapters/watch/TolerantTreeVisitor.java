package shaktiman.adapters.watch;

import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The library's walk over new directories (to register them, then to report their files), made tolerant of paths
 * that vanish mid-walk and strict about the watch limit.
 *
 * <p>A directory that vanishes before it is registered is skipped: the walk registers parents first, so the parent's
 * watch reports the deletion. The library's default walk would instead abort on it and lose the rest of the new
 * tree. A directory below the root that may not be read is skipped with a warning (its files cannot be indexed
 * either). A refused watch becomes a {@link RefusedWatchException} naming the directory.
 */
final class TolerantTreeVisitor implements FileTreeVisitor {

    private static final System.Logger LOG = System.getLogger(TolerantTreeVisitor.class.getName());

    private final Path root;
    private final RegistrationProbe probe;

    TolerantTreeVisitor(Path root, RegistrationProbe probe) {
        this.root = root;
        this.probe = probe;
    }

    @Override
    public void recursiveVisitFiles(Path start, Callback onDirectory, Callback onFile) throws IOException {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                try {
                    probe.beforeRegister(dir);
                    onDirectory.call(dir);
                    return FileVisitResult.CONTINUE;
                } catch (IOException e) {
                    return skipOrThrow(dir, e);
                }
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                onFile.call(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                return skipOrThrow(file, e);
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                return e == null ? FileVisitResult.CONTINUE : skipOrThrow(dir, e);
            }
        });
    }

    private FileVisitResult skipOrThrow(Path path, IOException e) throws IOException {
        if (Failures.isWatchLimit(e)) {
            throw e instanceof RefusedWatchException ? e : new RefusedWatchException(path, e);
        }
        if (path.equals(root)) {
            throw e;
        }
        if (e instanceof NoSuchFileException) {
            return FileVisitResult.SKIP_SUBTREE;
        }
        if (e instanceof AccessDeniedException) {
            LOG.log(System.Logger.Level.WARNING, "not watching {0}: permission denied", path);
            return FileVisitResult.SKIP_SUBTREE;
        }
        throw e;
    }
}
