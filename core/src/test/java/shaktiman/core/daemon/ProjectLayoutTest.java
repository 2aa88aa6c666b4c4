package shaktiman.core.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Verifies that every process derives the same socket path for a root, as MI-14 defines it. */
class ProjectLayoutTest {

    @Test
    void socketPathFor_specExample_matchesSpec() {
        Path path = ProjectLayout.socketPathFor(Path.of("/home/dev/project"), null);

        assertThat(path).isEqualTo(Path.of("/tmp/shaktiman-1afbf223bb0b58ba.sock"));
    }

    @Test
    void socketPathFor_absoluteTmpdirWithTrailingSlashes_usesItTrimmed() {
        Path path = ProjectLayout.socketPathFor(Path.of("/home/dev/project"), "/run/user/1000///");

        assertThat(path).isEqualTo(Path.of("/run/user/1000/shaktiman-1afbf223bb0b58ba.sock"));
    }

    @Test
    void socketPathFor_relativeOrEmptyTmpdir_usesTmp() {
        assertThat(ProjectLayout.socketPathFor(Path.of("/p"), "relative/dir").getParent())
                .isEqualTo(Path.of("/tmp"));
        assertThat(ProjectLayout.socketPathFor(Path.of("/p"), "").getParent()).isEqualTo(Path.of("/tmp"));
    }

    @Test
    void socketPathFor_tooLongTmpdir_fallsBackToTmp() {
        String longDir = "/" + "d".repeat(120);

        Path path = ProjectLayout.socketPathFor(Path.of("/p"), longDir);

        assertThat(path.getParent()).isEqualTo(Path.of("/tmp"));
    }

    @Test
    void of_readsTmpdirFromEnvironment() {
        ProjectLayout layout = ProjectLayout.of(Path.of("/p"), Map.of("TMPDIR", "/var/tmp"));

        assertThat(layout.socketPath().getParent()).isEqualTo(Path.of("/var/tmp"));
        assertThat(layout.lockFile()).isEqualTo(Path.of("/p/.shaktiman/daemon.pid"));
    }
}
