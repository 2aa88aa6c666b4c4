package shaktiman.core.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verifies the ready note's format, mode and the MI-15b socket lookup. */
class ReadyNoteTest {

    @TempDir
    Path dir;

    @Test
    void writeTo_writesFieldsWithMode0600_andReadSocketFindsThePath() throws Exception {
        Path ready = dir.resolve("ready");
        ReadyNote note = new ReadyNote(42, Instant.parse("2026-11-24T10:00:00Z"), Path.of("/tmp/x.sock"), "0.1.0");

        note.writeTo(ready);

        assertThat(Files.readString(ready))
                .isEqualTo("pid=42\nstarted=2026-11-24T10:00:00Z\nsocket=/tmp/x.sock\nversion=0.1.0\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(ready)))
                .isEqualTo("rw-------");
        assertThat(ReadyNote.readSocket(ready)).contains(Path.of("/tmp/x.sock"));
    }

    @Test
    void readSocket_missingNote_isEmpty() {
        assertThat(ReadyNote.readSocket(dir.resolve("absent"))).isEmpty();
    }

    @Test
    void ensure_stateDirIsARegularFile_failsNamingPathAndReason() throws Exception {
        Path s = Files.createFile(dir.resolve(".shaktiman"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StateDirectory.ensure(s))
                .hasMessage("cannot create " + s + ": Not a directory");
    }

    @Test
    void ensure_missing_createsWithMode0750() throws Exception {
        Path s = dir.resolve(".shaktiman");

        assertThat(StateDirectory.ensure(s)).isTrue();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(s)))
                .isEqualTo("rwxr-x---");
        assertThat(StateDirectory.ensure(s)).isFalse();
    }
}
