package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import shaktiman.testkit.IndexDb;

/**
 * Verifies that a running leader keeps its index current through the watcher (IX-62 … IX-66; T-62, T-63, T-64, T-66):
 * edits, creations, deletions, renames and directory moves show up in the database without a rescan.
 */
@DaemonTest
@Timeout(value = 180, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LiveIndexIT {
    private static final Duration INDEXED = Duration.ofSeconds(30);

    private static IndexDb startIndexedLeader(Daemons daemons) {
        DaemonProcess leader = daemons.startLeader();
        Summaries.awaitReady(leader.mcp(), Daemons.LEADER_START);
        return new IndexDb(daemons.layout().indexDb());
    }

    private static void write(Path root, String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void leader_afterTheStartupScan_appliesAnEditACreateADeleteAndARename(Daemons daemons) throws IOException {
        Path root = daemons.root();
        IndexDb db = startIndexedLeader(daemons);
        assertThat(db.hashes()).containsKeys("src/App.java", "src/Util.java", "lib/util.py", "README.md");
        long appId = db.fileId("src/App.java").orElseThrow();
        String edited =
                "package app;\n\nfinal class Util {\n    static int twice(int x) {\n        return 2 * x;\n    }\n}\n";
        String created = "package app;\n\nclass Fresh {}\n";

        write(root, "src/Util.java", edited);
        write(root, "src/Fresh.java", created);
        Files.delete(root.resolve("lib/util.py"));
        Files.move(root.resolve("src/App.java"), root.resolve("src/Main.java"));

        Await.until(
                INDEXED,
                () -> db.holds("src/Util.java", edited)
                        && db.holds("src/Fresh.java", created)
                        && !db.hashes().containsKey("lib/util.py")
                        && db.hashes().containsKey("src/Main.java")
                        && !db.hashes().containsKey("src/App.java"),
                "the edit, the new file, the deletion and the rename in the index");
        assertThat(db.fileId("src/Main.java")).contains(appId);
        assertThat(db.changes("src/Util.java")).containsExactly("modify");
        assertThat(db.changes("src/Fresh.java")).containsExactly("add");
        assertThat(db.changes("lib/util.py")).containsExactly("delete");
        assertThat(db.changes("src/Main.java")).containsExactly("rename");
    }

    @Test
    void leader_rmRfAndMvOfDirectories_removesAndMovesEveryFile(Daemons daemons) throws IOException {
        Path root = daemons.root();
        for (String name : List.of("a", "b", "c")) {
            write(root, "gone/" + name + ".py", "def " + name + "():\n    return '" + name + "'\n");
            write(root, "moved/sub/" + name + ".go", "package sub\n\nfunc " + name.toUpperCase() + "() {}\n");
        }
        IndexDb db = startIndexedLeader(daemons);
        assertThat(db.hashes()).containsKeys("gone/a.py", "moved/sub/c.go");

        deleteTree(root.resolve("gone"));
        Files.move(root.resolve("moved"), root.resolve("moved2"));

        Await.until(
                INDEXED,
                () -> db.hashes().keySet().stream().noneMatch(path -> path.startsWith("gone/"))
                        && db.hashes().keySet().stream().noneMatch(path -> path.startsWith("moved/"))
                        && db.hashes()
                                .keySet()
                                .containsAll(List.of("moved2/sub/a.go", "moved2/sub/b.go", "moved2/sub/c.go")),
                "gone/ removed and moved/ moved to moved2/");
        assertThat(db.changes("gone/a.py")).containsExactly("delete");
        assertThat(db.changes("moved2/sub/b.go")).containsExactly("rename");
    }

    @Test
    void leader_mkdirPThenAnImmediateWrite_indexesTheFile(Daemons daemons) throws IOException {
        Path root = daemons.root();
        IndexDb db = startIndexedLeader(daemons);

        Files.createDirectories(root.resolve("a/b/c"));
        Files.writeString(root.resolve("a/b/c/x.go"), "package c\n\nfunc X() {}\n");

        Await.until(INDEXED, () -> db.hashes().containsKey("a/b/c/x.go"), "a/b/c/x.go indexed");
    }

    @Test
    void leader_fiveRapidSaves_reindexesTheFileOnce(Daemons daemons) throws IOException {
        Path root = daemons.root();
        IndexDb db = startIndexedLeader(daemons);
        String last = null;

        for (int i = 1; i <= 5; i++) {
            last = "def slugify(text):\n    return text  # save " + i + "\n";
            Files.writeString(root.resolve("lib/util.py"), last);
        }

        String finalContent = last;
        Await.until(INDEXED, () -> db.holds("lib/util.py", finalContent), "the last save indexed");
        assertThat(db.changes("lib/util.py")).containsExactly("modify");
    }

    @Test
    void leader_ignoredDirectoryAndIgnorePatternChanges_followTheRules(Daemons daemons) throws IOException {
        Path root = daemons.root();
        write(root, ".gitignore", "gen/\n");
        IndexDb db = startIndexedLeader(daemons);

        write(root, "gen/Gen.java", "class Gen {}\n");
        write(root, "src/Sentinel.java", "class Sentinel {}\n");
        Await.until(INDEXED, () -> db.hashes().containsKey("src/Sentinel.java"), "the sentinel indexed");
        assertThat(db.hashes()).doesNotContainKey("gen/Gen.java");

        write(root, ".gitignore", "gen/\n*.py\n");
        Await.until(INDEXED, () -> !db.hashes().containsKey("lib/util.py"), "lib/util.py removed by *.py");
        assertThat(db.changes("lib/util.py")).isEmpty();

        write(root, ".gitignore", "gen/\n");
        Await.until(INDEXED, () -> db.hashes().containsKey("lib/util.py"), "lib/util.py indexed again");
        assertThat(db.hashes()).doesNotContainKey("gen/Gen.java");
    }

    private static void deleteTree(Path top) throws IOException {
        try (Stream<Path> paths = Files.walk(top)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
