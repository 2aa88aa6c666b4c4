package shaktiman.core.daemon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;

/**
 * The human-facing {@code S/ready} note (MI-1): which leader serves, since when, on which socket. Nothing treats it as
 * proof of readiness; only the MI-15b fallback reads its {@code socket=} line.
 *
 * @param pid the leader's pid
 * @param started when the leader bound its socket
 * @param socket the socket path it listens on
 * @param version the build version
 */
public record ReadyNote(long pid, Instant started, Path socket, String version) {

    /** Writes the note as temp file + rename, mode 0600. */
    public void writeTo(Path readyFile) {
        String text = "pid=" + pid + "\nstarted=" + started + "\nsocket=" + socket + "\nversion=" + version + "\n";
        Path temp = readyFile.resolveSibling(readyFile.getFileName() + "." + pid + ".tmp");
        try {
            Files.deleteIfExists(temp);
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, readyFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, readyFile, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + readyFile, e);
        }
    }

    /** Deletes the note if present. */
    public static void delete(Path readyFile) {
        try {
            Files.deleteIfExists(readyFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + readyFile, e);
        }
    }

    /** The {@code socket=} line of the note, if the note exists and has one (MI-15b). */
    public static Optional<Path> readSocket(Path readyFile) {
        return readField(readyFile, "socket=").map(Path::of);
    }

    /** The {@code started=} line of the note, if present. */
    public static Optional<String> readStarted(Path readyFile) {
        return readField(readyFile, "started=");
    }

    private static Optional<String> readField(Path readyFile, String prefix) {
        try {
            for (String line : Files.readAllLines(readyFile, StandardCharsets.UTF_8)) {
                if (line.startsWith(prefix) && line.length() > prefix.length()) {
                    return Optional.of(line.substring(prefix.length()));
                }
            }
            return Optional.empty();
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            // The note is advisory: an unreadable one is the same as none, but say so for the log.
            System.getLogger(ReadyNote.class.getName())
                    .log(System.Logger.Level.DEBUG, "cannot read " + readyFile + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
