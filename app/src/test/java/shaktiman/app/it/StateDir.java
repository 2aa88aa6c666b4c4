package shaktiman.app.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import shaktiman.core.daemon.ProjectLayout;

/** Reads the artefacts of MI-1 for one project as other processes see them: pid file, ready note, log, socket. */
final class StateDir {

    private static final int S_IFMT = 0170000;
    private static final int S_IFSOCK = 0140000;

    private final ProjectLayout layout;

    StateDir(ProjectLayout layout) {
        this.layout = layout;
    }

    ProjectLayout layout() {
        return layout;
    }

    /** P. */
    Path socket() {
        return layout.socketPath();
    }

    /** The raw content of {@code daemon.pid}, empty when the file is absent. */
    Optional<String> pidFileText() {
        return readIfPresent(layout.lockFile());
    }

    /** The pid {@code daemon.pid} names, if it holds exactly {@code <pid>\n} (MI-3). */
    OptionalLong holderPid() {
        return pidFileText()
                .filter(text -> text.matches("[0-9]+\n"))
                .map(text -> OptionalLong.of(Long.parseLong(text.strip())))
                .orElse(OptionalLong.empty());
    }

    /** The {@code key=value} lines of {@code S/ready}, empty when it is absent. */
    Map<String, String> ready() {
        Map<String, String> fields = new LinkedHashMap<>();
        readIfPresent(layout.readyFile())
                .ifPresent(text -> text.lines().forEach(line -> {
                    int eq = line.indexOf('=');
                    if (eq > 0) {
                        fields.put(line.substring(0, eq), line.substring(eq + 1));
                    }
                }));
        return fields;
    }

    /** Every record of {@code S/shaktimand.log}, in file order; lines that are not JSON keep a null parse. */
    List<LogRecord> log() {
        List<LogRecord> records = new ArrayList<>();
        readIfPresent(layout.logFile())
                .ifPresent(text -> text.lines()
                        .filter(line -> !line.isBlank())
                        .forEach(line -> records.add(new LogRecord(line, parse(line)))));
        return records;
    }

    /** The first record from {@code pid} whose msg contains {@code text}. */
    Optional<LogRecord> logRecord(long pid, String text) {
        return log().stream().filter(record -> record.is(pid, text)).findFirst();
    }

    /** Whether some record's msg or event field contains {@code text}, whichever process wrote it. */
    boolean logMentions(String text) {
        return log().stream().anyMatch(record -> record.mentions(text));
    }

    /** Waits until {@code pid} has logged a record whose msg contains {@code text}, and returns it. */
    LogRecord awaitLog(long pid, String text, Duration deadline) {
        return Await.value(
                deadline,
                () -> logRecord(pid, text),
                "a log record from pid " + pid + " with msg containing '" + text + "' in " + layout.logFile());
    }

    /** The archived logs in {@code S/session-logs}, sorted by name. */
    List<Path> archives() {
        Path dir = layout.sessionLogsDir();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** Whether a connect to P succeeds now. */
    boolean socketAccepts() {
        return accepts(socket());
    }

    /** Whether a connect to {@code path} succeeds now. */
    static boolean accepts(Path path) {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(path))) {
            return channel.isConnected();
        } catch (IOException e) {
            return false;
        }
    }

    /** The permission bits of {@code path} as an int, e.g. {@code 0600}; the link itself is not followed. */
    static int mode(Path path) {
        try {
            int mode = 0;
            for (PosixFilePermission permission : Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS)) {
                mode |= 1 << (8 - permission.ordinal());
            }
            return mode;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the mode of " + path, e);
        }
    }

    /** Whether {@code path} is a Unix domain socket (S_IFSOCK). */
    static boolean isSocket(Path path) {
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return (mode & S_IFMT) == S_IFSOCK;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stat " + path, e);
        }
    }

    /** The owner uid of {@code path}. */
    static int ownerUid(Path path) {
        try {
            return (Integer) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stat " + path, e);
        }
    }

    /** The file key (device + inode) of {@code path}, to tell a replaced file from the same one. */
    static Object fileKey(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .fileKey();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stat " + path, e);
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode parse(String line) {
        try {
            return McpClient.JSON.readTree(line);
        } catch (IOException e) {
            // MI-31 says every line is JSON; a null parse lets a test report the offending line.
            return null;
        }
    }

    private static Optional<String> readIfPresent(Path file) {
        try {
            // Lenient decoding: a record being appended right now may end in a partial character.
            return Optional.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
