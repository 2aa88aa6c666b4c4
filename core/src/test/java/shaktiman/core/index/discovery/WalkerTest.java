package shaktiman.core.index.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Verifies the walk of IX-7 and IX-8: T-1's scanned set, T-6's links, order, pruning, cancellation and failures. */
class WalkerTest {

    @TempDir
    Path root;

    private TestTree tree;

    @BeforeEach
    void setUp() {
        tree = new TestTree(root);
    }

    private List<WalkEntry> walk(String subtree) {
        List<WalkEntry> entries = new ArrayList<>();
        WalkOutcome outcome =
                new Walker(new Indexability(root, DiscoveryConfig.defaults())).walk(subtree, () -> false, entries::add);
        assertThat(outcome).isEqualTo(WalkOutcome.COMPLETED);
        return entries;
    }

    private List<WalkEntry> survey(String subtree) {
        List<WalkEntry> entries = new ArrayList<>();
        new Walker(new Indexability(root, DiscoveryConfig.defaults())).survey(subtree, () -> false, entries::add);
        return entries;
    }

    private static List<String> candidatePaths(List<WalkEntry> entries) {
        return entries.stream()
                .filter(Candidate.class::isInstance)
                .map(WalkEntry::path)
                .toList();
    }

    private static Refusal skipped(List<WalkEntry> entries, String path) {
        return entries.stream()
                .filter(e -> e instanceof WalkEntry.Skipped && e.path().equals(path))
                .map(e -> ((WalkEntry.Skipped) e).refusal())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no skipped entry for " + path + " in " + entries));
    }

    @Test
    void walk_overLanguageFixture_findsEveryFileWithItsLanguageOnBothRoutes() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("A.PY", "python");
        expected.put("Foo.TS", "typescript");
        expected.put("Gemfile", "ruby");
        expected.put("README.md", "text");
        expected.put("deploy", "bash");
        expected.put("src/App.tsx", "tsx");
        expected.put("src/Main.java", "java");
        expected.put("src/lib.rs", "rust");
        expected.put("src/main.go", "go");
        expected.put("src/util.js", "javascript");
        expected.put("src/view.erb", "erb");
        expected.put("src/x.h", "c");
        expected.put("src/y.cpp", "cpp");
        expected.keySet().forEach(path -> tree.file(path, path.equals("deploy") ? "#!/bin/sh\necho hi\n" : "x\n"));
        Indexability indexability = new Indexability(root, DiscoveryConfig.defaults());

        List<WalkEntry> entries = walk("");

        Map<String, String> scanned = new LinkedHashMap<>();
        entries.forEach(e -> scanned.put(e.path(), ((Candidate) e).language()));
        assertThat(scanned).containsExactlyEntriesOf(expected);
        for (WalkEntry entry : entries) {
            Candidate candidate = (Candidate) entry;
            assertThat(indexability.check(candidate.path())).as("watcher route").isEqualTo(candidate);
            assertThat(indexability.read(candidate))
                    .isInstanceOfSatisfying(
                            Content.Text.class,
                            text -> assertThat(text.sha256()).matches("[0-9a-f]{64}"));
        }
    }

    @Test
    void walk_twice_visitsEntriesInTheSameLexicalOrder() {
        tree.file("b/y.txt").file("a.txt").file("a/x.txt").file("B.txt");

        List<String> first = candidatePaths(walk(""));
        List<String> second = candidatePaths(walk(""));

        assertThat(first).containsExactly("B.txt", "a/x.txt", "a.txt", "b/y.txt");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void survey_ignoredDirectory_isPrunedNotDescended() {
        tree.file(".gitignore", "gen/\n").file("gen/a.ts").file("gen/deep/b.ts").file("src/c.ts");

        List<WalkEntry> entries = survey("");

        assertThat(entries).extracting(WalkEntry::path).containsExactly(".gitignore", "gen", "src/c.ts");
        assertThat(entries.get(1)).isInstanceOf(WalkEntry.Pruned.class);
    }

    @Test
    void walk_reportsOnlySkipReasonsThatGetARow() {
        tree.file(".gitignore", "*.tmp\n").file("a.tmp").file("yarn.lock").file("ok.txt");

        assertThat(walk("")).extracting(WalkEntry::path).containsExactly(".gitignore", "ok.txt");
    }

    @Test
    @Timeout(30)
    void walk_withLinkLoop_terminatesAndIndexesEachFileOnce() {
        tree.file("a/x.ts").file("b.ts").link("a/loop", "..");

        List<WalkEntry> entries = walk("");

        assertThat(candidatePaths(entries)).containsExactly("a/x.ts", "b.ts");
        assertThat(skipped(entries, "a/loop").reason()).isEqualTo(Reason.DUPLICATE_LINK);
    }

    @Test
    void walk_withLinkToFileOutside_isOutsideRoot(@TempDir Path outside) throws Exception {
        Files.writeString(outside.resolve("secret.txt"), "x");
        tree.link("secret.txt", outside.resolve("secret.txt").toString());

        Refusal refusal = skipped(walk(""), "secret.txt");

        assertThat(refusal.reason()).isEqualTo(Reason.OUTSIDE_ROOT);
    }

    @Test
    void walk_withLinkToFileInside_isDuplicateAndTheTargetIsIndexedOnce() {
        tree.file("src/a.ts").link("alias.ts", "src/a.ts");

        List<WalkEntry> entries = walk("");

        assertThat(candidatePaths(entries)).containsExactly("src/a.ts");
        assertThat(skipped(entries, "alias.ts").reason()).isEqualTo(Reason.DUPLICATE_LINK);
        assertThat(skipped(entries, "alias.ts").detail()).contains("link to src/a.ts");
    }

    @Test
    void walk_withHardLink_indexesTheFirstPathAndRefusesTheSecond() throws Exception {
        tree.file("a.txt");
        Files.createLink(root.resolve("b.txt"), root.resolve("a.txt"));

        List<WalkEntry> entries = walk("");

        assertThat(candidatePaths(entries)).containsExactly("a.txt");
        assertThat(skipped(entries, "b.txt").detail()).contains("same file as a.txt");
    }

    @Test
    void walk_withBrokenLink_isUnreadable() {
        tree.link("dangling.ts", "nowhere.ts");

        assertThat(skipped(walk(""), "dangling.ts").reason()).isEqualTo(Reason.UNREADABLE);
    }

    @Test
    @Timeout(30)
    void walk_withFifo_refusesItWithoutOpeningIt() throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", root.resolve("pipe").toString())
                .redirectErrorStream(true)
                .start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0)
                .as("mkfifo")
                .isTrue();

        Refusal refusal = skipped(walk(""), "pipe");

        assertThat(refusal.reason()).isEqualTo(Reason.UNREADABLE);
        assertThat(refusal.detail()).contains("not a regular file (device, socket or pipe)");
    }

    @Test
    @ExtendWith(PermissionsEnforced.class)
    void walk_withUnreadableDirectory_recordsItAndGoesOn() throws Exception {
        tree.file("locked/a.ts").file("z.ts");
        Files.setPosixFilePermissions(root.resolve("locked"), PosixFilePermissions.fromString("---------"));
        try {
            List<WalkEntry> entries = walk("");

            assertThat(skipped(entries, "locked").detail()).contains("permission denied");
            assertThat(candidatePaths(entries)).containsExactly("z.ts");
        } finally {
            Files.setPosixFilePermissions(root.resolve("locked"), PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void walk_whenCancelled_stopsAndSaysSo() {
        for (int i = 0; i < 20; i++) {
            tree.file("f" + i + ".txt");
        }
        AtomicInteger reported = new AtomicInteger();
        Walker walker = new Walker(new Indexability(root, DiscoveryConfig.defaults()));

        WalkOutcome outcome = walker.walk("", () -> reported.get() >= 3, entry -> reported.incrementAndGet());

        assertThat(outcome).isEqualTo(WalkOutcome.CANCELLED);
        assertThat(reported).hasValue(3);
    }

    @Test
    void walk_ofSubtree_reportsOnlyThatSubtree() {
        tree.file("a/x.ts").file("a/b/y.ts").file("c/z.ts");

        assertThat(candidatePaths(walk("a"))).containsExactly("a/b/y.ts", "a/x.ts");
    }

    @Test
    void walk_ofIgnoredOrMissingSubtree_reportsNothing() {
        tree.file(".gitignore", "gen/\n").file("gen/x.ts");

        assertThat(walk("gen")).isEmpty();
        assertThat(walk("missing/dir")).isEmpty();
    }
}
