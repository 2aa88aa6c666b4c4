package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIf;
import shaktiman.testkit.CanonicalDump;
import shaktiman.testkit.IndexDb;

/**
 * Verifies acceptance 2 / T-65: a {@code git checkout} between branches that differ in 200 files, under a running
 * leader, is applied as one incremental batch of exactly those paths, with no full scan, and leaves the index equal to
 * a fresh {@code shaktiman index} of the same tree.
 */
@DaemonTest(fixture = Fixture.EMPTY)
@EnabledIf(value = "gitAvailable", disabledReason = "git is not installed, and T-65 needs a real git checkout")
@Timeout(value = 240, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class GitCheckoutIT {
    private static final int COMMON = 40;
    private static final int MODIFIED = 100;
    private static final int ADDED = 50;
    private static final int DELETED = 50;

    static boolean gitAvailable() {
        try {
            Process git = new ProcessBuilder("git", "--version")
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            git.getInputStream().readAllBytes();
            return git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void checkout_underARunningLeader_isOneBatchAndEqualsAFreshIndex(Daemons daemons) throws IOException {
        Path root = daemons.root();
        Path base = daemons.base();
        git(base, root, "init", "-q", "-b", "main");
        write(root, ".gitignore", ".shaktiman/\n");
        for (int i = 0; i < COMMON; i++) {
            write(root, "common/c" + i + ".py", "def common_" + i + "():\n    return " + i + "\n");
        }
        for (int i = 0; i < MODIFIED; i++) {
            write(root, "mod/m" + i + ".py", "def mod_" + i + "():\n    return 'main " + i + "'\n");
        }
        for (int i = 0; i < DELETED; i++) {
            write(root, "old/d" + i + ".py", "def old_" + i + "():\n    return 'old " + i + "'\n");
        }
        commit(base, root, "main");
        git(base, root, "checkout", "-q", "-b", "other");
        for (int i = 0; i < MODIFIED; i++) {
            write(root, "mod/m" + i + ".py", "def mod_" + i + "():\n    return 'other " + i + "'\n");
        }
        for (int i = 0; i < ADDED; i++) {
            write(root, "new/n" + i + ".py", "def new_" + i + "(x):\n    return x + " + i + "\n");
        }
        git(base, root, "rm", "-q", "-r", "old");
        commit(base, root, "other");
        git(base, root, "checkout", "-q", "main");

        DaemonProcess leader = daemons.startLeader(daemons.daemon().env("SHAKTIMAN_LOG_LEVEL", "debug"));
        Summaries.awaitReady(leader.mcp(), Daemons.LEADER_START);
        IndexDb db = new IndexDb(daemons.layout().indexDb());
        assertThat(db.hashes()).containsKey("old/d0.py").doesNotContainKey("new/n0.py");

        git(base, root, "checkout", "-q", "other");

        Path copy = daemons.newDir("copy");
        copyTree(root, copy);
        assertThat(daemons.cli("index", copy.toString()).exitCode()).isZero();
        List<String> fresh =
                CanonicalDump.of(Daemons.layout(copy, daemons.tmpDir()).indexDb());
        Path liveDb = daemons.layout().indexDb();
        Await.until(
                Daemons.SHORT,
                () -> CanonicalDump.of(liveDb).equals(fresh),
                "the live index to equal a fresh index of the checked-out tree");
        List<LogRecord> log = daemons.state().log().stream()
                .filter(record -> record.pid() == leader.pid())
                .toList();
        List<LogRecord> batches = log.stream()
                .filter(record -> record.msg().equals("index batch applied"))
                .filter(record -> record.json().path("files").asLong() > 0)
                .toList();
        assertThat(batches)
                .singleElement()
                .satisfies(
                        batch -> assertThat(batch.json().path("files").asLong()).isEqualTo(MODIFIED + ADDED + DELETED));
        assertThat(log.stream().filter(record -> record.msg().equals("cold scan started")))
                .hasSize(1);
        assertThat(log.stream().filter(record -> record.msg().equals("reconciliation scan started")))
                .isEmpty();
    }

    private static void commit(Path base, Path root, String message) {
        git(base, root, "add", "-A");
        git(base, root, "-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "-q", "-m", message);
    }

    private static void write(Path root, String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    /** Copies the working tree without {@code .git} and {@code .shaktiman}, so the copy is indexed from scratch. */
    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path relative = from.relativize(path);
                if (relative.toString().isEmpty() || relative.startsWith(".git") || relative.startsWith(".shaktiman")) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static void git(Path base, Path root, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("HOME", base.toString());
        try {
            Process git = builder.start();
            String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!git.waitFor(60, TimeUnit.SECONDS) || git.exitValue() != 0) {
                git.destroyForcibly();
                throw new AssertionError("git " + String.join(" ", args) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run git " + String.join(" ", args), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted running git " + String.join(" ", args), e);
        }
    }
}
