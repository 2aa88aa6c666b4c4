package shaktiman.core.index.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** T-71: explain reports each state discovery decides, with the deciding rule, and its text form is one line. */
class ExplainerTest {

    @TempDir
    Path root;

    private Explainer explainer;

    @BeforeEach
    void setUp() {
        new TestTree(root)
                .file("src/.gitignore", "# generated code\n\ngen/\n")
                .file("src/gen/a.ts")
                .file("src/main.ts")
                .file(".git/info/exclude", "*.tmp\n")
                .file("scratch.tmp")
                .file(".shaktimanignore", "*.bak\n!keep.ts\n")
                .file(".gitignore", "keep.ts\n")
                .file("keep.ts")
                .file("old.bak")
                .file("node_modules/x/index.js")
                .file("pom.xml")
                .file("build/Out.java")
                .bytes("big.txt", new byte[(int) DiscoveryConfig.DEFAULT_MAX_FILE_BYTES + 1])
                .bytes("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0})
                .link("alias.ts", "src/main.ts")
                .link("dangling.ts", "nowhere.ts");
        explainer = new Explainer(new Indexability(root, DiscoveryConfig.defaults()));
    }

    private Explanation explain(String path) {
        return explainer.explain(Path.of(path));
    }

    @Test
    void explain_fileUnderIgnoredDirectory_namesTheNestedGitignoreLine() {
        Explanation explanation = explain("src/gen/a.ts");

        assertThat(explanation.state()).isEqualTo(PathState.IGNORED);
        assertThat(explanation.ruleSpec()).contains("src/.gitignore:3:gen/");
        assertThat(explanation.toText()).isEqualTo("src/gen/a.ts: not indexed (ignored by src/.gitignore:3 \"gen/\")");
    }

    @Test
    void explain_eachSource_namesItsFileAndLine() {
        assertThat(explain("scratch.tmp").ruleSpec()).contains(".git/info/exclude:1:*.tmp");
        assertThat(explain("old.bak").ruleSpec()).contains(".shaktimanignore:1:*.bak");
        assertThat(explain("node_modules/x/index.js").ruleSpec()).contains("default:node_modules");
        assertThat(explain("build/Out.java").ruleSpec()).contains("default:build (manifest pom.xml)");
        assertThat(explain("build/Out.java").state()).isEqualTo(PathState.EXCLUDED);
    }

    @Test
    void explain_reincludedFile_isIndexedWithItsLanguage() {
        Explanation explanation = explain("keep.ts");

        assertThat(explanation.state()).isEqualTo(PathState.INDEXED);
        assertThat(explanation.language()).contains("typescript");
        assertThat(explanation.toText()).isEqualTo("keep.ts: indexed (typescript)");
    }

    @Test
    void explain_contentAndLinkRefusals_giveTheirStatesAndDetails() {
        assertThat(explain("big.txt").toText())
                .isEqualTo("big.txt: not indexed (too_large: size 1048577 bytes, limit 1048576)");
        assertThat(explain("image.png").state()).isEqualTo(PathState.BINARY);
        assertThat(explain("alias.ts").toText())
                .isEqualTo("alias.ts: not indexed (duplicate_link: link to src/main.ts)");
        assertThat(explain("dangling.ts").state()).isEqualTo(PathState.UNREADABLE);
    }

    @Test
    void explain_pathOutsideTheRoot_isOutsideRoot() {
        Explanation explanation = explainer.explain(root.getParent().resolve("other.ts"));

        assertThat(explanation.state()).isEqualTo(PathState.OUTSIDE_ROOT);
    }

    @Test
    void explain_missingPath_isNotFound() {
        assertThat(explain("src/nope.ts").toText()).isEqualTo("src/nope.ts: not found");
    }

    @Test
    void explain_withoutPlainText_givesNoLanguage() throws Exception {
        Files.writeString(root.resolve("README.md"), "# hi\n");
        Explainer strict = new Explainer(new Indexability(root, new DiscoveryConfig(1 << 20, false, Map.of())));

        assertThat(strict.explain(Path.of("README.md")).state()).isEqualTo(PathState.NO_LANGUAGE);
    }

    @Test
    void explain_directory_countsTheStatesOfTheFilesBelow() {
        Explanation explanation = explain("src");

        assertThat(explanation.state()).isEqualTo(PathState.DIRECTORY);
        assertThat(explanation.counts()).contains(Map.of(PathState.INDEXED, 2L, PathState.IGNORED, 1L));
        assertThat(explanation.toText()).isEqualTo("src: directory (indexed 2, ignored 1)");
    }

    @Test
    void explain_ignoredDirectory_takesItsStateAndCountsItsFiles() {
        Explanation explanation = explain("src/gen");

        assertThat(explanation.state()).isEqualTo(PathState.IGNORED);
        assertThat(explanation.isDirectory()).isTrue();
        assertThat(explanation.toText())
                .isEqualTo("src/gen: not indexed (ignored by src/.gitignore:3 \"gen/\"), directory (ignored 1)");
    }

    @Test
    void explain_root_countsEveryFileOnceByState() {
        Explanation explanation = explain("");

        assertThat(explanation.toText())
                .isEqualTo(".: directory (indexed 6, ignored 3, excluded 3, too_large 1, binary 1, unreadable 1,"
                        + " duplicate_link 1)");
    }

    @Test
    void toText_withStoreStates_staysOneLine() {
        Explanation indexed = Explanation.indexed("a\nb.ts", "typescript");

        assertThat(indexed.withState(PathState.STALE, Optional.empty()).toText())
                .isEqualTo("a\\nb.ts: stale, disk differs from the index (typescript)");
        assertThat(indexed.withState(PathState.WRITE_FAILED, Optional.of("disk full"))
                        .toText())
                .isEqualTo("a\\nb.ts: not indexed (write_failed: disk full)");
    }
}
