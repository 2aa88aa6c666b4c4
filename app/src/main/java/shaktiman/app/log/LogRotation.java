package shaktiman.app.log;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Archives the daemon log into {@code session-logs/} when a leader starts fresh (MI-33), and keeps the newest
 * {@value #KEEP} archives.
 *
 * <p>Only a freshly started leader calls this, while it holds the lock and before it opens the log; proxies, promoted
 * proxies and CLI runs never rotate (MI-26, MI-33).
 */
public final class LogRotation {
    /** How many archives are kept after a rotation. */
    public static final int KEEP = 10;

    private static final Logger log = LoggerFactory.getLogger(LogRotation.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    // <stamp>-<pid>.log, or <stamp>-<pid>-<n>.log after a name collision.
    private static final Pattern ARCHIVE = Pattern.compile("(\\d{8}T\\d{6}Z)-(\\d+)(?:-(\\d{1,9}))?\\.log");
    private static final Set<PosixFilePermission> DIR_MODE = PosixFilePermissions.fromString("rwxr-x---");
    private static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");

    private LogRotation() {}

    /**
     * If {@code logFile} exists and is not empty, renames it to {@code <sessionLogsDir>/<yyyyMMdd'T'HHmmss'Z'>-<pid>.log}
     * (appending {@code -1}, {@code -2}, … on a name collision), creates an empty log with mode 0600, and deletes all
     * but the newest {@value #KEEP} archives, newest by name. Files in the directory that do not match the archive
     * pattern are left alone. The directory is created with mode 0750 if missing, and the archive is given mode 0600.
     * A failure to delete an old archive is logged as WARN and does not fail the rotation.
     *
     * @param now the rotation instant, written in UTC into the name
     * @param pid the rotating leader's pid
     * @return the archive's path, or empty if there was nothing to rotate
     * @throws IOException naming the paths, if the directory, the rename or the new log could not be made
     */
    public static Optional<Path> rotate(Path logFile, Path sessionLogsDir, Instant now, long pid) throws IOException {
        try {
            if (!Files.isRegularFile(logFile) || Files.size(logFile) == 0) {
                return Optional.empty();
            }
        } catch (NoSuchFileException e) {
            // Gone between the two checks: nothing to rotate, which is what the caller asked for.
            return Optional.empty();
        }
        createDirectory(sessionLogsDir);
        Path archive = moveToFreeName(logFile, sessionLogsDir, STAMP.format(now) + "-" + pid);
        Files.setPosixFilePermissions(archive, FILE_MODE);
        createEmptyLog(logFile);
        prune(sessionLogsDir);
        return Optional.of(archive);
    }

    private static void createDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(DIR_MODE));
            Files.setPosixFilePermissions(dir, DIR_MODE);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir)) {
                throw new IOException("cannot create " + dir + ": exists and is not a directory", e);
            }
        } catch (IOException e) {
            throw new IOException("cannot create " + dir + ": " + e, e);
        }
    }

    private static Path moveToFreeName(Path logFile, Path dir, String base) throws IOException {
        for (int n = 0; ; n++) {
            Path target = dir.resolve(n == 0 ? base + ".log" : base + "-" + n + ".log");
            if (Files.exists(target)) {
                continue;
            }
            try {
                return Files.move(logFile, target);
            } catch (FileAlreadyExistsException e) {
                // Appeared since the check; try the next suffix.
            } catch (IOException e) {
                throw new IOException("cannot rotate " + logFile + " to " + target + ": " + e, e);
            }
        }
    }

    private static void createEmptyLog(Path logFile) throws IOException {
        try {
            Files.createFile(logFile, PosixFilePermissions.asFileAttribute(FILE_MODE));
            Files.setPosixFilePermissions(logFile, FILE_MODE);
        } catch (FileAlreadyExistsException e) {
            // A proxy's appender recreated it between the rename and now; an existing log is what we want.
        } catch (IOException e) {
            throw new IOException("cannot create log " + logFile + " after rotating it: " + e, e);
        }
    }

    private static void prune(Path dir) throws IOException {
        List<Archive> archives = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.forEach(path -> {
                Matcher m = ARCHIVE.matcher(path.getFileName().toString());
                if (m.matches() && Files.isRegularFile(path)) {
                    archives.add(new Archive(path, m.group(1), m.group(3) == null ? 0 : Long.parseLong(m.group(3))));
                }
            });
        }
        archives.sort(Archive.NEWEST_FIRST);
        for (Archive old : archives.subList(Math.min(KEEP, archives.size()), archives.size())) {
            try {
                Files.deleteIfExists(old.path());
            } catch (IOException e) {
                log.atWarn()
                        .addKeyValue("path", old.path().toString())
                        .addKeyValue("reason", e.toString())
                        .log("cannot delete old archived log");
            }
        }
    }

    /** An archive, ordered by its name's time stamp and then by its collision suffix (a suffixed name is newer). */
    private record Archive(Path path, String stamp, long suffix) {
        static final Comparator<Archive> NEWEST_FIRST = Comparator.comparing(Archive::stamp)
                .thenComparingLong(Archive::suffix)
                .thenComparing(a -> a.path().getFileName().toString())
                .reversed();
    }
}
