package shaktiman.core.index.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Verifies the one predicate of IX-1: T-2's ignore cases, T-4's default excludes, and the order of the checks. */
class IndexabilityTest {

    @TempDir
    Path root;

    private TestTree tree;

    @BeforeEach
    void setUp() {
        tree = new TestTree(root);
    }

    private Indexability indexability() {
        return new Indexability(root, DiscoveryConfig.defaults());
    }

    private List<String> candidates() {
        List<String> paths = new ArrayList<>();
        new Walker(indexability()).walk("", () -> false, entry -> {
            if (entry instanceof Candidate candidate) {
                paths.add(candidate.path());
            }
        });
        return paths;
    }

    private static void assertRefused(Verdict verdict, Reason reason, String ruleSpec) {
        assertThat(verdict).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.reason()).isEqualTo(reason);
            assertThat(refusal.rule().map(Rule::spec)).contains(ruleSpec);
        });
    }

    @ParameterizedTest(name = "from {0}")
    @ValueSource(strings = {".gitignore", ".shaktimanignore", ".git/info/exclude"})
    void walk_withGeneratedPatterns_keepsOnlyMainGo(String ignoreFile) {
        tree.file(ignoreFile, "generated/\n*.gen.go\n")
                .file("main.go")
                .file("api.gen.go")
                .file("generated/models.go")
                .file("pkg/generated/x.go")
                .file("pkg/y.gen.go");

        List<String> paths = candidates();

        // The ignore file is a hidden file like any other, indexed as text (IX-4); .git/ is never walked (IX-2).
        assertThat(paths).filteredOn(p -> p.endsWith(".go")).containsExactly("main.go");
    }

    @Test
    void check_withNestedNegation_reincludesInThatDirectoryOnly() {
        tree.file(".gitignore", "*.gen.go\n")
                .file("src/.gitignore", "!keep.gen.go\n")
                .file("src/keep.gen.go")
                .file("keep.gen.go");
        Indexability indexability = indexability();

        assertThat(indexability.check("src/keep.gen.go")).isInstanceOf(Candidate.class);
        assertRefused(indexability.check("keep.gen.go"), Reason.IGNORED, ".gitignore:1:*.gen.go");
    }

    @Test
    void check_withNegationUnderExcludedDirectory_staysIgnored() {
        tree.file(".gitignore", "generated/\n!generated/keep.go\n").file("generated/keep.go");

        assertRefused(indexability().check("generated/keep.go"), Reason.IGNORED, ".gitignore:1:generated/");
    }

    @Test
    void check_withShaktimanignoreNegation_reincludesAGitignoredFile() {
        tree.file(".gitignore", "*.gen.go\n")
                .file(".shaktimanignore", "!keep.gen.go\n")
                .file("src/keep.gen.go");

        assertThat(indexability().check("src/keep.gen.go")).isInstanceOf(Candidate.class);
    }

    @Test
    void walk_withDefaultExcludes_prunesAndExcludesAsIx4Says() {
        tree.file("node_modules/x/index.js")
                .file("web/node_modules/y.js")
                .file(".venv/lib/z.py")
                .file("a/b/.cache/c.txt")
                .file("pom.xml")
                .file("build/Gen.java")
                .file("src/main/java/com/acme/build/X.java")
                .file(".eslintrc.js")
                .file("README.md")
                .file("yarn.lock")
                .file("web/app.min.js");

        assertThat(candidates())
                .containsExactly(".eslintrc.js", "README.md", "pom.xml", "src/main/java/com/acme/build/X.java");
    }

    @Test
    void check_buildDirectoryBesideManifest_namesTheManifest() {
        tree.file("pom.xml")
                .file("target/classes/A.java")
                .file("lib/App.csproj")
                .file("lib/bin/x.cs");
        Indexability indexability = indexability();

        assertRefused(
                indexability.check("target/classes/A.java"), Reason.EXCLUDED, "default:target (manifest pom.xml)");
        assertRefused(indexability.check("lib/bin/x.cs"), Reason.EXCLUDED, "default:bin (manifest App.csproj)");
    }

    @Test
    void check_defaultExcludes_nameTheirRule() {
        tree.file("node_modules/a.js").file(".cache/b.txt").file("yarn.lock").file("app.min.js");
        Indexability indexability = indexability();

        assertRefused(indexability.check("node_modules/a.js"), Reason.EXCLUDED, "default:node_modules");
        assertRefused(indexability.check(".cache/b.txt"), Reason.EXCLUDED, "default:.*");
        assertRefused(indexability.check("yarn.lock"), Reason.EXCLUDED, "default:*.lock");
        assertRefused(indexability.check("app.min.js"), Reason.EXCLUDED, "default:*.min.js");
    }

    @Test
    void walk_withShaktimanignoreNegation_reincludesDefaultExcludes() {
        tree.file(".shaktimanignore", "!node_modules/\n!yarn.lock\n")
                .file("node_modules/lib/index.js")
                .file("yarn.lock");

        assertThat(candidates()).containsExactly(".shaktimanignore", "node_modules/lib/index.js", "yarn.lock");
    }

    @Test
    void walk_withGitignoreNegation_keepsDefaultExcludes() {
        tree.file(".gitignore", "!node_modules/\n").file("node_modules/lib/index.js");

        assertThat(candidates()).containsExactly(".gitignore");
    }

    @Test
    void check_hardExclude_cannotBeReincluded() {
        tree.file(".shaktimanignore", "!.git/\n!.shaktiman/\n")
                .file(".git/config")
                .file("sub/.shaktiman/index.db")
                .file(".hg/x")
                .file("v/.svn/y");
        Indexability indexability = indexability();

        assertRefused(indexability.check(".git/config"), Reason.EXCLUDED, "hard:.git");
        assertRefused(indexability.check("sub/.shaktiman/index.db"), Reason.EXCLUDED, "hard:.shaktiman");
        assertRefused(indexability.check(".hg/x"), Reason.EXCLUDED, "hard:.hg");
        assertRefused(indexability.check("v/.svn/y"), Reason.EXCLUDED, "hard:.svn");
    }

    @Test
    void check_ignoredAndDefaultExcluded_isIgnoredBecauseIgnoreFilesComeFirst() {
        tree.file(".gitignore", "*.lock\n").file("yarn.lock");

        assertRefused(indexability().check("yarn.lock"), Reason.IGNORED, ".gitignore:1:*.lock");
    }

    @Test
    void check_pathOutsideTheRoot_isOutsideRoot() {
        Verdict verdict = indexability().check(root.getParent().resolve("elsewhere.txt"));

        assertThat(verdict)
                .isInstanceOfSatisfying(
                        Refusal.class, refusal -> assertThat(refusal.reason()).isEqualTo(Reason.OUTSIDE_ROOT));
    }

    @Test
    void check_fileOverTheLimit_isTooLargeFromItsMetadata() {
        tree.bytes("big.txt", new byte[2048]);
        Indexability indexability = new Indexability(root, new DiscoveryConfig(1024, true, Map.of()));

        assertThat(indexability.check("big.txt")).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.reason()).isEqualTo(Reason.TOO_LARGE);
            assertThat(refusal.size()).isEqualTo(OptionalLong.of(2048));
            assertThat(refusal.detail()).contains("size 2048 bytes, limit 1024");
        });
    }

    @Test
    void check_withoutPlainText_refusesFilesWithoutALanguage() {
        tree.file("README.md").file("main.go").file("deploy", "#!/bin/sh\necho\n");
        Indexability indexability = new Indexability(root, new DiscoveryConfig(1024, false, Map.of()));

        assertThat(indexability.check("README.md"))
                .isInstanceOfSatisfying(
                        Refusal.class, refusal -> assertThat(refusal.reason()).isEqualTo(Reason.NO_LANGUAGE));
        assertThat(indexability.check("main.go")).isEqualTo(candidateOf(indexability, "main.go"));
        assertThat(indexability.check("deploy"))
                .isInstanceOfSatisfying(
                        Candidate.class, c -> assertThat(c.language()).isEqualTo("bash"));
    }

    @Test
    void judge_binaryFileWithoutLanguage_isBinaryBecauseBinaryComesFirst() {
        tree.bytes("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1});
        Indexability indexability = new Indexability(root, new DiscoveryConfig(1024, false, Map.of()));

        assertThat(indexability.judge("image.png"))
                .isInstanceOfSatisfying(
                        Refusal.class, refusal -> assertThat(refusal.reason()).isEqualTo(Reason.BINARY));
    }

    @Test
    void check_fileUnderALinkedDirectory_isRefusedAsTheLinkIs() {
        tree.file("src/a.ts").link("alias", "src");

        assertThat(indexability().check("alias/a.ts")).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.reason()).isEqualTo(Reason.DUPLICATE_LINK);
            assertThat(refusal.detail()).contains("link to src");
        });
    }

    @Test
    void reload_afterPatternAdded_refusesTheMatchingFiles() {
        tree.file(".gitignore", "").file("gen/a.ts");
        Indexability indexability = indexability();
        assertThat(indexability.check("gen/a.ts")).isInstanceOf(Candidate.class);
        tree.file(".gitignore", "gen/\n");

        assertThat(indexability.reload(".gitignore")).contains("");

        assertRefused(indexability.check("gen/a.ts"), Reason.IGNORED, ".gitignore:1:gen/");
    }

    private static Candidate candidateOf(Indexability indexability, String path) {
        return (Candidate) indexability.check(path);
    }
}
