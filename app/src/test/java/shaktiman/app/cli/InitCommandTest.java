package shaktiman.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verifies that {@code init} creates S (0750) and the sample config (0644) once, and reports what it did. */
class InitCommandTest {

    @TempDir
    Path project;

    @Test
    void init_onFreshRoot_createsStateDirAndConfigWithTheirModes() throws Exception {
        CliRun run = CliRun.run(project, "init", project.toString(), "--format", "text");

        Path config = project.resolve(".shaktiman/shaktiman.toml");
        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("Created config: " + config + "\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(project.resolve(".shaktiman"))))
                .isEqualTo("rwxr-x---");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config)))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void init_runTwice_keepsTheConfigAndSaysItExists() throws Exception {
        CliRun.run(project, "init", project.toString());
        Path config = project.resolve(".shaktiman/shaktiman.toml");
        Files.writeString(config, "# edited by the user\n");

        CliRun run = CliRun.run(project, "--format=text", "init", "--root", project.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("Config already exists: " + config + "\n");
        assertThat(config).hasContent("# edited by the user");
    }

    @Test
    void init_withJsonFormat_printsOneIndentedDocument() {
        CliRun run = CliRun.run(project, "init", project.toString(), "--format", "json");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .isEqualTo("{\n  \"config\": \"" + project.resolve(".shaktiman/shaktiman.toml") + "\",\n"
                        + "  \"created\": true\n}\n");
    }

    @Test
    void init_onAPipeWithoutFormat_defaultsToJson() {
        CliRun run = CliRun.run(project, "init", project.toString());

        assertThat(run.out()).startsWith("{\n");
    }

    @Test
    void init_onATerminalWithoutFormat_defaultsToText() {
        CliRun run = CliRun.runWith(project, new Terminal(false, true, false), "", "init", project.toString());

        assertThat(run.out()).startsWith("Created config: ");
    }

    @Test
    void init_whereStateDirIsAFile_exits1NamingThePath() throws Exception {
        Files.writeString(project.resolve(".shaktiman"), "not a directory");

        CliRun run = CliRun.run(project, "init", project.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err())
                .isEqualTo("shaktiman: cannot create " + project.resolve(".shaktiman") + ": Not a directory\n");
    }
}
