package shaktiman.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shaktiman.adapters.store.SqliteIndexStore;
import shaktiman.core.daemon.ProjectLayout;

/** Verifies {@code shaktiman explain} over a real project tree and a real, empty index (IX-69, MI-42). */
class ExplainCommandTest {

    @TempDir
    Path project;

    @BeforeEach
    void projectWithIgnoredAndSourceFiles() throws Exception {
        Files.createDirectories(project.resolve("src/gen"));
        Files.writeString(project.resolve("src/.gitignore"), "# generated\ngen/\n");
        Files.writeString(project.resolve("src/A.java"), "class A {}\n");
        Files.writeString(project.resolve("src/gen/a.ts"), "export const x = 1;\n");
        ProjectLayout layout = ProjectLayout.of(project.toRealPath(), CliRun.env(project));
        Files.createDirectories(layout.stateDir());
        SqliteIndexStore.openForWriting(layout.indexDb()).close();
    }

    @Test
    void explain_ignoredFile_namesTheIgnoreFileLineAndPattern() {
        CliRun run = CliRun.run(project, "--root", project.toString(), "--format", "text", "explain", "src/gen/a.ts");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("src/gen/a.ts: not indexed (ignored by src/.gitignore:2 \"gen/\")\n");
    }

    @Test
    void explain_acceptedFileMissingFromTheIndex_isStaleInJson() {
        CliRun run = CliRun.run(project, "--root", project.toString(), "explain", "src/A.java", "--format", "json");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains("\"path\": \"src/A.java\"")
                .contains("\"state\": \"stale\"")
                .contains("\"language\": \"java\"");
    }

    @Test
    void explain_missingPath_isNotFound() {
        CliRun run = CliRun.run(project, "--root", project.toString(), "--format", "text", "explain", "nope.txt");

        assertThat(run.out()).isEqualTo("nope.txt: not found\n");
    }
}
