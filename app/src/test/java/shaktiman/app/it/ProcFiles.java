package shaktiman.app.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads which files a process holds open, from Linux's {@code /proc/<pid>/fd} (what {@code ls -l} shows there). */
final class ProcFiles {

    private ProcFiles() {}

    /** The link targets of {@code /proc/<pid>/fd}; descriptors closed while listing are skipped. */
    static List<Path> openFiles(long pid) {
        Path fdDir = Path.of("/proc", Long.toString(pid), "fd");
        List<Path> targets = new ArrayList<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(fdDir)) {
            for (Path fd : fds) {
                try {
                    targets.add(Files.readSymbolicLink(fd));
                } catch (NoSuchFileException e) {
                    // The descriptor was closed between listing and reading: it is not open any more.
                    continue;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + fdDir, e);
        }
        return targets;
    }
}
