package shaktiman.app.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verifies MI-33's rotation: archive naming, collision suffixes, pruning to ten archives, and leaving empty logs. */
class LogRotationTest {
    private static final Instant NOW = Instant.parse("2026-11-24T18:00:00.987Z");
    private static final long PID = 4242;

    @TempDir
    Path state;

    @Test
    void rotate_nonEmptyLog_movesItToAStampedArchiveAndLeavesAnEmptyLog() throws IOException {
        Path log = state.resolve("shaktimand.log");
        Files.writeString(log, "{\"msg\":\"old session\"}\n");
        Path archives = state.resolve("session-logs");

        Optional<Path> archive = LogRotation.rotate(log, archives, NOW, PID);

        assertThat(archive).contains(archives.resolve("20261124T180000Z-4242.log"));
        assertThat(archive.orElseThrow()).hasContent("{\"msg\":\"old session\"}");
        assertThat(mode(archive.orElseThrow())).isEqualTo("rw-------");
        assertThat(mode(archives)).isEqualTo("rwxr-x---");
        assertThat(log).isEmptyFile();
        assertThat(mode(log)).isEqualTo("rw-------");
    }

    @Test
    void rotate_emptyLog_rotatesNothing() throws IOException {
        Path log = state.resolve("shaktimand.log");
        Files.createFile(log);
        Path archives = state.resolve("session-logs");

        Optional<Path> archive = LogRotation.rotate(log, archives, NOW, PID);

        assertThat(archive).isEmpty();
        assertThat(log).isEmptyFile();
        assertThat(archives).doesNotExist();
    }

    @Test
    void rotate_missingLog_rotatesNothing() throws IOException {
        Path log = state.resolve("shaktimand.log");

        Optional<Path> archive = LogRotation.rotate(log, state.resolve("session-logs"), NOW, PID);

        assertThat(archive).isEmpty();
        assertThat(log).doesNotExist();
    }

    @Test
    void rotate_whenTheNameIsTaken_appendsTheFirstFreeCounter() throws IOException {
        Path log = state.resolve("shaktimand.log");
        Files.writeString(log, "new\n");
        Path archives = Files.createDirectory(state.resolve("session-logs"));
        Files.writeString(archives.resolve("20261124T180000Z-4242.log"), "first\n");
        Files.writeString(archives.resolve("20261124T180000Z-4242-1.log"), "second\n");

        Optional<Path> archive = LogRotation.rotate(log, archives, NOW, PID);

        assertThat(archive).contains(archives.resolve("20261124T180000Z-4242-2.log"));
        assertThat(archives.resolve("20261124T180000Z-4242.log")).hasContent("first");
        assertThat(archives.resolve("20261124T180000Z-4242-1.log")).hasContent("second");
        assertThat(archive.orElseThrow()).hasContent("new");
    }

    @Test
    void rotate_withMoreThanTenArchives_keepsTheNewestTenAndLeavesOtherFilesAlone() throws IOException {
        Path log = state.resolve("shaktimand.log");
        Files.writeString(log, "current\n");
        Path archives = Files.createDirectory(state.resolve("session-logs"));
        for (int day = 1; day <= 12; day++) {
            Files.writeString(archives.resolve("202610%02dT120000Z-%d.log".formatted(day, 100 + day)), "old\n");
        }
        List<String> others = List.of("notes.txt", "20261001T120000Z-1.log.gz", "keep.log", "20261001T120000Z.log");
        for (String other : others) {
            Files.writeString(archives.resolve(other), "mine\n");
        }

        LogRotation.rotate(log, archives, NOW, PID);

        assertThat(names(archives))
                .containsExactlyInAnyOrder(
                        "20261124T180000Z-4242.log",
                        "20261004T120000Z-104.log",
                        "20261005T120000Z-105.log",
                        "20261006T120000Z-106.log",
                        "20261007T120000Z-107.log",
                        "20261008T120000Z-108.log",
                        "20261009T120000Z-109.log",
                        "20261010T120000Z-110.log",
                        "20261011T120000Z-111.log",
                        "20261012T120000Z-112.log",
                        "notes.txt",
                        "20261001T120000Z-1.log.gz",
                        "keep.log",
                        "20261001T120000Z.log");
    }

    @Test
    void rotate_prunedSameSecondArchives_keepsTheHigherCollisionCounters() throws IOException {
        Path log = state.resolve("shaktimand.log");
        Files.writeString(log, "current\n");
        Path archives = Files.createDirectory(state.resolve("session-logs"));
        Files.writeString(archives.resolve("20261124T180000Z-4242.log"), "old\n");
        for (int n = 1; n <= 10; n++) {
            Files.writeString(archives.resolve("20261124T180000Z-4242-" + n + ".log"), "old\n");
        }

        Optional<Path> archive = LogRotation.rotate(log, archives, NOW, PID);

        assertThat(archive).contains(archives.resolve("20261124T180000Z-4242-11.log"));
        assertThat(names(archives))
                .hasSize(10)
                .doesNotContain("20261124T180000Z-4242.log", "20261124T180000Z-4242-1.log")
                .contains("20261124T180000Z-4242-11.log");
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).toList();
        }
    }
}
