package shaktiman.core.index.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** T-3: on seeded random trees with random nested ignore files, our IX-3 verdicts equal {@code git check-ignore}'s. */
@ExtendWith(GitAvailable.class)
@Timeout(120)
class GitCheckIgnoreComparisonTest {

    private static final int PATHS = 2_000;
    private static final List<String> DIRECTORIES =
            List.of("a", "b", "c", "gen", "lib", "x.d", "deep", "build", "Gen", "sp ace", "#h", "!n");
    private static final List<String> FILES = List.of(
            "main.go",
            "a.gen.go",
            "keep.gen.go",
            "foo.txt",
            "Foo.TXT",
            "#notes",
            "!bang",
            "sp ",
            "a]b",
            "[x]",
            "q?mark",
            "lit*star",
            "back\\slash",
            "x.d",
            "gen",
            "README",
            "é.txt",
            "7up.md");
    private static final List<String> PATTERNS = List.of(
            "*.go",
            "*.txt",
            "*.gen.go",
            "gen",
            "gen/",
            "/gen",
            "a/b",
            "a/**/b",
            "a/**/main.go",
            "**/gen",
            "**/gen/",
            "lib/**",
            "**",
            "*",
            "?",
            "[ab]*",
            "[!a]*",
            "[^a-c]*",
            "[[:digit:]]*",
            "[[:upper:]]*",
            "[]a]*",
            "[a-]*",
            "x.d/",
            "deep/*",
            "*/deep",
            "\\#notes",
            "#notes",
            "\\!bang",
            "!keep.gen.go",
            "!*.go",
            "!gen/",
            "!/a",
            "!deep",
            "!lib/**",
            "",
            "sp\\ ",
            "sp ",
            "sp\\ ace/",
            "foo.txt   ",
            "a/**",
            "gen**",
            "ge?/",
            "[a-c]/",
            "lit\\*star",
            "q\\?mark",
            "*star",
            "Foo.*",
            "a/*/*.go",
            "build/",
            "/*.txt",
            "*/",
            "**/",
            "a*/",
            "*.d",
            "deep/**/*.txt",
            "?.txt",
            "é*",
            "\\[x]",
            "[x]",
            "README\\",
            "/**/gen",
            "gen/**/",
            "c/gen/",
            "!c/gen/",
            "b/**/deep/",
            "*.TXT",
            "a/b/",
            "!a/b/*.go",
            // a "**" right after the literal prefix counts as leading in git (dir.c compares the prefix first)
            "a/de**/main.go",
            "b**/gen",
            "a**/deep/");

    @TempDir
    Path root;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void match_onRandomTree_agreesWithGitCheckIgnore(long seed) throws Exception {
        Random random = new Random(seed);
        git("init", "-q", ".");
        Set<String> paths = randomTree(random);
        writeIgnoreFiles(random, paths);
        IgnoreRules rules = new IgnoreRules(root);

        Set<String> ours = new TreeSet<>();
        for (String path : paths) {
            boolean directory = Files.isDirectory(root.resolve(path));
            if (rules.match(path, directory).map(IgnoreMatch::ignored).orElse(false)) {
                ours.add(path);
            }
        }
        Set<String> gits = gitIgnored(paths);

        assertThat(ours).as("ignored paths (ours vs git)").isEqualTo(gits);
        assertThat(gits).as("the tree exercises both outcomes").isNotEmpty().hasSizeLessThan(paths.size());
    }

    private Set<String> randomTree(Random random) throws IOException {
        Set<String> paths = new TreeSet<>();
        while (paths.size() < PATHS) {
            List<String> parts = new ArrayList<>();
            int depth = random.nextInt(5);
            for (int i = 0; i < depth; i++) {
                parts.add(pick(random, DIRECTORIES));
            }
            parts.add(pick(random, FILES));
            if (clashes(parts)) {
                continue; // some name on this path is already used for the other kind of entry
            }
            for (int i = 1; i < parts.size(); i++) {
                paths.add(String.join("/", parts.subList(0, i)));
            }
            String path = String.join("/", parts);
            Files.createDirectories(root.resolve(path).getParent());
            Files.writeString(root.resolve(path), "x");
            paths.add(path);
        }
        return paths;
    }

    private boolean clashes(List<String> parts) {
        for (int i = 1; i <= parts.size(); i++) {
            Path entry = root.resolve(String.join("/", parts.subList(0, i)));
            boolean mustBeDirectory = i < parts.size();
            if (Files.exists(entry) && Files.isDirectory(entry) != mustBeDirectory) {
                return true;
            }
        }
        return false;
    }

    private void writeIgnoreFiles(Random random, Set<String> paths) throws IOException {
        List<String> directories = new ArrayList<>();
        directories.add("");
        paths.stream().filter(p -> Files.isDirectory(root.resolve(p))).forEach(directories::add);
        for (int i = 0; i < 40; i++) {
            String directory = pick(random, directories);
            Files.writeString(
                    root.resolve(directory).resolve(IgnoreRules.GITIGNORE), randomLines(random, 1 + random.nextInt(6)));
        }
        Files.writeString(root.resolve(IgnoreRules.INFO_EXCLUDE), randomLines(random, random.nextInt(4)));
    }

    private static String randomLines(Random random, int count) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String pattern = pick(random, PATTERNS);
            if (random.nextInt(8) == 0 && !pattern.startsWith("!")) {
                pattern = "!" + pattern;
            }
            lines.append(pattern).append(random.nextInt(10) == 0 ? "\r\n" : "\n");
        }
        return lines.toString();
    }

    private Set<String> gitIgnored(Set<String> paths) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("git", "check-ignore", "--no-index", "--stdin", "-z")
                .directory(root.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        Map<String, String> env = builder.environment();
        env.put("GIT_CONFIG_GLOBAL", "/dev/null");
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        // core.excludesFile defaults to $XDG_CONFIG_HOME/git/ignore even without configuration: point it nowhere.
        env.put("HOME", root.toString());
        env.put("XDG_CONFIG_HOME", root.resolve(".git/no-xdg").toString());
        Process git = builder.start();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        Thread reader = Thread.ofVirtual().start(() -> {
            try {
                git.getInputStream().transferTo(stdout);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("reading git check-ignore's output", e);
            }
        });
        try (OutputStream stdin = git.getOutputStream()) {
            for (String path : paths) {
                stdin.write(path.getBytes(StandardCharsets.UTF_8));
                stdin.write(0);
            }
        }
        assertThat(git.waitFor(60, TimeUnit.SECONDS))
                .as("git check-ignore finished")
                .isTrue();
        reader.join();
        assertThat(git.exitValue()).as("git check-ignore exit code").isIn(0, 1);
        Set<String> ignored = new TreeSet<>();
        for (String path : stdout.toString(StandardCharsets.UTF_8).split("\0")) {
            if (!path.isEmpty()) {
                ignored.add(path);
            }
        }
        return ignored;
    }

    private void git(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        Process git = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(git.waitFor(60, TimeUnit.SECONDS)).as("git finished").isTrue();
        assertThat(git.exitValue()).as("git " + String.join(" ", arguments)).isZero();
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
