package shaktiman.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Verifies that {@link McpFixture} writes exactly the §6 table's files and that each F9 edit changes what it names. */
@Timeout(60)
class McpFixtureTest {

    @TempDir
    Path dir;

    private List<String> writtenFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> !dir.relativize(file).startsWith(".git"))
                    .map(file -> dir.relativize(file).toString())
                    .sorted()
                    .toList();
        }
    }

    @Test
    void write_emptyDirectory_writesExactlyTheEighteenFilesOfTheTable() throws IOException {
        McpFixture.write(dir);

        assertThat(writtenFiles()).hasSize(18).containsExactlyInAnyOrderElementsOf(McpFixture.paths());
        assertThat(Files.readString(dir.resolve(McpFixture.LOGIN)))
                .contains("import { createHmac } from 'crypto';")
                .contains("export function validateToken(token: string): boolean");
    }

    @Test
    void text_ofTheReport_hasASwitchOfOneHundredFiftyCases() {
        String report = McpFixture.text(McpFixture.REPORT);

        assertThat(Pattern.compile("^ {4}case ", Pattern.MULTILINE)
                        .matcher(report)
                        .results())
                .hasSize(150);
        assertThat(report).startsWith("export function buildReport(kind: string) {");
    }

    @Test
    void text_ofAPathOutsideTheTable_failsNamingThePath() {
        assertThatThrownBy(() -> McpFixture.text("go/go.mod"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("go/go.mod");
    }

    @Test
    void raiseHashRounds_writtenFixture_changesOnlyTheRoundsLine() throws IOException {
        McpFixture.write(dir);
        String before = Files.readString(dir.resolve(McpFixture.HASH));

        String path = McpFixture.raiseHashRounds(dir);

        String after = Files.readString(dir.resolve(path));
        assertThat(after).contains("const ROUNDS = 12;").doesNotContain("const ROUNDS = 10;");
        assertThat(after.lines().count()).isEqualTo(before.lines().count());
        assertThat(after.replace("ROUNDS = 12", "ROUNDS = 10")).isEqualTo(before);
    }

    @Test
    void changeGenerateSaltParameter_writtenFixture_changesTheParameterList() throws IOException {
        McpFixture.write(dir);

        String path = McpFixture.changeGenerateSaltParameter(dir);

        assertThat(Files.readString(dir.resolve(path)))
                .contains("export function generateSalt(length: number, radix = 36) {")
                .contains("toString(radix)");
    }

    @Test
    void addHashFunction_writtenFixture_appendsTheNamedFunctionToHash() throws IOException {
        McpFixture.write(dir);

        String name = McpFixture.addHashFunction(dir);

        assertThat(Files.readString(dir.resolve(McpFixture.HASH)))
                .startsWith(McpFixture.text(McpFixture.HASH))
                .contains("export function " + name + "(password: string, pepper: string) {");
    }

    @Test
    void addLogoutAndDeleteSessionStore_writtenFixture_addOneFileAndRemoveAnother() throws IOException {
        McpFixture.write(dir);

        String added = McpFixture.addLogout(dir);
        String deleted = McpFixture.deleteSessionStore(dir);

        assertThat(writtenFiles()).hasSize(18).contains(added).doesNotContain(deleted);
        assertThat(Files.readString(dir.resolve(added))).contains("export function logout(token: string)");
    }

    @Test
    void editTestFiles_writtenFixture_changesThreeTestFiles() throws IOException {
        McpFixture.write(dir);

        List<String> edited = McpFixture.editTestFiles(dir);

        assertThat(edited)
                .hasSize(3)
                .allSatisfy(
                        path -> assertThat(Files.readString(dir.resolve(path))).isNotEqualTo(McpFixture.text(path)));
    }

    @Test
    void gitMoveReport_afterCommit_movesTheReportKeepingItsContent() throws IOException {
        McpFixture.write(dir);
        McpFixture.gitCommitAll(dir);

        String moved = McpFixture.gitMoveReport(dir);

        assertThat(dir.resolve(McpFixture.REPORT)).doesNotExist();
        assertThat(Files.readString(dir.resolve(moved))).isEqualTo(McpFixture.text(McpFixture.REPORT));
        assertThat(dir.resolve(".git")).isDirectory();
    }
}
