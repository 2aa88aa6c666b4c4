package shaktiman.core.index.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Verifies IX-3's git ignore semantics on edge cases, and that each verdict names its source, line and pattern. */
class IgnoreRulesTest {

    @TempDir
    Path root;

    private TestTree tree;

    @BeforeEach
    void setUp() {
        tree = new TestTree(root);
    }

    private boolean ignored(String path, boolean directory) {
        return new IgnoreRules(root)
                .match(path, directory)
                .map(IgnoreMatch::ignored)
                .orElse(false);
    }

    private boolean ignored(String path) {
        return ignored(path, false);
    }

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\\#notes|#notes|true",
                "#notes|#notes|false",
                "\\!bang|!bang|true",
                "**/foo|foo|true",
                "**/foo|a/b/foo|true",
                "**/foo|a/foox|false",
                "foo/**|foo/a/b|true",
                "foo/**|foo|false",
                "a/**/b|a/b|true",
                "a/**/b|a/x/y/b|true",
                "a/**/b|x/a/b|false",
                "/anchored|anchored|true",
                "/anchored|sub/anchored|false",
                "a/b|a/b|true",
                "a/b|x/a/b|false",
                "*.go|deep/dir/main.go|true",
                "*.go|main.golang|false",
                "?.txt|a.txt|true",
                "?.txt|ab.txt|false",
                "[a-c].txt|b.txt|true",
                "[a-c].txt|d.txt|false",
                "[!a-c].txt|d.txt|true",
                "[^a-c].txt|b.txt|false",
                "[[:digit:]]x|7x|true",
                "a/*.go|a/b/main.go|false",
                "a/*/main.go|a/b/main.go|true",
                "foo\\*|foo*|true",
                "foo\\*|foox|false",
                // git compares the literal prefix first, so this "**" counts as leading (checked with git 2.39)
                "a/de**/main.go|a/deep/x/main.go|true",
                "a/de*/main.go|a/deep/x/main.go|false",
            })
    void match_withPattern_followsGit(String pattern, String path, boolean expected) {
        tree.file(".gitignore", pattern + "\n").file(path);

        assertThat(ignored(path)).isEqualTo(expected);
    }

    @Test
    void match_withTrailingSpaces_trimsThemUnlessEscaped() {
        tree.file(".gitignore", "plain   \nkept\\ \n")
                .file("plain")
                .file("kept ")
                .file("kept");

        assertThat(ignored("plain")).isTrue();
        assertThat(ignored("kept ")).isTrue();
        assertThat(ignored("kept")).isFalse();
    }

    @Test
    void match_withTrailingSlash_matchesDirectoriesOnly() {
        tree.file(".gitignore", "gen/\n").file("gen/a.go").file("other/gen");

        assertThat(ignored("gen", true)).isTrue();
        assertThat(ignored("gen/a.go")).isTrue();
        assertThat(ignored("other/gen", false)).isFalse();
    }

    @Test
    void match_withNegationUnderExcludedParent_staysIgnored() {
        tree.file(".gitignore", "generated/\n!generated/keep.go\n").file("generated/keep.go");

        Optional<IgnoreMatch> match = new IgnoreRules(root).match("generated/keep.go", false);

        assertThat(match).hasValueSatisfying(m -> {
            assertThat(m.ignored()).isTrue();
            assertThat(m.rule().spec()).isEqualTo(".gitignore:1:generated/");
        });
    }

    @Test
    void match_withNegationAfterWildcard_reincludesTheFile() {
        tree.file(".gitignore", "*.gen.go\n!keep.gen.go\n").file("keep.gen.go").file("x.gen.go");

        assertThat(ignored("keep.gen.go")).isFalse();
        assertThat(ignored("x.gen.go")).isTrue();
    }

    @Test
    void match_withSeveralMatchingLines_lastLineWins() {
        tree.file(".gitignore", "*.go\n!*.go\n*.go\n").file("a.go");

        Optional<IgnoreMatch> match = new IgnoreRules(root).match("a.go", false);

        assertThat(match).hasValueSatisfying(m -> assertThat(m.rule().line()).isEqualTo(3));
    }

    @Test
    void match_withDeeperGitignore_overridesTheShallowerOne() {
        tree.file(".gitignore", "*.gen.go\n")
                .file("src/.gitignore", "!keep.gen.go\n")
                .file("src/keep.gen.go")
                .file("keep.gen.go");

        assertThat(ignored("src/keep.gen.go")).isFalse();
        assertThat(ignored("keep.gen.go")).isTrue();
    }

    @Test
    void match_withNestedAnchoredPattern_anchorsToTheFilesDirectory() {
        tree.file("src/.gitignore", "/gen\n")
                .file("src/gen")
                .file("src/sub/gen")
                .file("gen");

        assertThat(ignored("src/gen")).isTrue();
        assertThat(ignored("src/sub/gen")).isFalse();
        assertThat(ignored("gen")).isFalse();
    }

    @Test
    void match_withInfoExcludeGitignoreAndShaktimanignore_appliesThemInPrecedenceOrder() {
        tree.file(".git/info/exclude", "*.tmp\n*.log\n")
                .file(".gitignore", "!*.tmp\n")
                .file("sub/.shaktimanignore", "!*.log\n")
                .file("a.tmp")
                .file("sub/b.log")
                .file("c.log");

        assertThat(new IgnoreRules(root).match("a.tmp", false))
                .hasValueSatisfying(m -> assertThat(m.rule().spec()).isEqualTo(".gitignore:1:!*.tmp"));
        assertThat(new IgnoreRules(root).match("sub/b.log", false)).hasValueSatisfying(m -> {
            assertThat(m.rule().spec()).isEqualTo("sub/.shaktimanignore:1:!*.log");
            assertThat(m.reincludedByShaktimanignore()).isTrue();
        });
        assertThat(new IgnoreRules(root).match("c.log", false))
                .hasValueSatisfying(m -> assertThat(m.rule().spec()).isEqualTo(".git/info/exclude:2:*.log"));
    }

    @Test
    void match_withCommentsBlankLinesCrLfAndBom_countsLinesLikeGit() {
        tree.file("src/.gitignore", "\uFEFF# comment\r\n\r\ngen/\r\n").file("src/gen/a.ts");

        Optional<IgnoreMatch> match = new IgnoreRules(root).match("src/gen/a.ts", false);

        assertThat(match).hasValueSatisfying(m -> assertThat(m.rule().spec()).isEqualTo("src/.gitignore:3:gen/"));
    }

    @Test
    void match_withSymlinkedGitignore_readsNothingFromIt() {
        tree.file("patterns", "*.go\n").link(".gitignore", "patterns").file("a.go");

        assertThat(ignored("a.go")).isFalse();
    }

    @Test
    void reload_afterIgnoreFileChange_appliesTheNewLinesAndNamesTheSubtree() {
        tree.file("src/.gitignore", "a.go\n").file("src/a.go").file("src/b.go");
        IgnoreRules rules = new IgnoreRules(root);
        assertThat(rules.match("src/b.go", false)).isEmpty();
        tree.file("src/.gitignore", "b.go\n");

        Optional<String> subtree = rules.reload("src/.gitignore");

        assertThat(subtree).contains("src");
        assertThat(rules.match("src/b.go", false)).isPresent();
        assertThat(rules.match("src/a.go", false)).isEmpty();
    }

    @ParameterizedTest(name = "{0} governs [{1}]")
    @CsvSource({".git/info/exclude,''", ".gitignore,''", "a/b/.gitignore,a/b", "a/.shaktimanignore,a"})
    void governedSubtree_ofIgnoreFile_isItsDirectory(String file, String subtree) {
        assertThat(IgnoreRules.governedSubtree(file)).contains(subtree);
    }

    @Test
    void governedSubtree_ofOrdinaryFile_isEmpty() {
        assertThat(IgnoreRules.governedSubtree("src/main.go")).isEmpty();
    }
}
