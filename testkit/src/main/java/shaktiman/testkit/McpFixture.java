package shaktiman.testkit;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.concurrent.TimeUnit;

/**
 * The acceptance fixture of mcp-tools.md §6: exactly the 18 files of its table (TypeScript, Go, Python and Java), and
 * the edits its F9 tests make. The texts are resources of this module, so every module's tests index the same bytes.
 *
 * <pre>{@code
 * McpFixture.write(root);
 * String edited = McpFixture.raiseHashRounds(root);
 * }</pre>
 */
public final class McpFixture {
    public static final String LOGIN = "ts/src/auth/login.ts";
    public static final String LOGOUT = "ts/src/auth/logout.ts";
    public static final String SESSION_STORE = "ts/src/auth/session-store.ts";
    public static final String HASH = "ts/src/utils/hash.ts";
    public static final String REPORT = "ts/src/report/big.ts";
    /** Where {@link #gitMoveReport} moves {@link #REPORT}. */
    public static final String MOVED_REPORT = "ts/src/report/quarterly.ts";

    /** The §6 table's files in its order; four of them are test files. */
    private static final List<String> PATHS = List.of(
            LOGIN,
            "ts/src/auth/refresh.ts",
            "ts/src/auth/middleware.ts",
            SESSION_STORE,
            HASH,
            REPORT,
            "ts/src/auth/login.test.ts",
            "go/main.go",
            "go/server.go",
            "go/store.go",
            "go/server_test.go",
            "py/service/user_service.py",
            "py/tests/test_user_service.py",
            "java/src/main/java/com/example/User.java",
            "java/src/main/java/com/example/UserRepository.java",
            "java/src/main/java/com/example/InMemoryUserRepository.java",
            "java/src/main/java/com/example/UserService.java",
            "java/src/test/java/com/example/UserServiceTest.java");

    private static final String LOGOUT_TEXT = """
            import { validateToken } from './login';

            export function logout(token: string) {
              if (!validateToken(token)) {
                return false;
              }
              return true;
            }
            """;

    private static final String HASH_FUNCTION = """

            export function hashWithPepper(password: string, pepper: string) {
              const peppered = password + pepper;
              return peppered.split('').reverse().join('');
            }
            """;

    private static final long GIT_TIMEOUT_SECONDS = 60;

    private McpFixture() {}

    /** The 18 project-relative paths, in the §6 table's order. */
    public static List<String> paths() {
        return PATHS;
    }

    /** Every file's text by path, in the §6 table's order. */
    public static SequencedMap<String, String> files() {
        SequencedMap<String, String> files = new LinkedHashMap<>();
        PATHS.forEach(path -> files.put(path, text(path)));
        return files;
    }

    /**
     * The text of the fixture file at {@code path}.
     *
     * @throws IllegalArgumentException if {@code path} is not one of the 18
     */
    public static String text(String path) {
        if (!PATHS.contains(path)) {
            throw new IllegalArgumentException("not a file of the MCP fixture: " + path + "; files: " + PATHS);
        }
        String resource = "mcp-fixture/" + path;
        try (InputStream in = McpFixture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("testkit lacks the resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource " + resource, e);
        }
    }

    /** Writes the 18 files under {@code dir}, creating their directories, and nothing else. */
    public static void write(Path dir) {
        files().forEach((path, text) -> writeFile(dir, path, text));
    }

    /** F9's body-only edit: {@code const ROUNDS = 10} becomes {@code 12} in {@code hashPassword}; returns the path. */
    public static String raiseHashRounds(Path dir) {
        replace(dir, HASH, "const ROUNDS = 10;", "const ROUNDS = 12;");
        return HASH;
    }

    /** F9's signature edit: {@code generateSalt} gains a {@code radix} parameter, which its body uses; returns the path. */
    public static String changeGenerateSaltParameter(Path dir) {
        // One write for both changes: a watcher that saw them apart would record two changes of hash.ts.
        replace(
                dir,
                HASH,
                "generateSalt(length: number)",
                "generateSalt(length: number, radix = 36)",
                "toString(36)",
                "toString(radix)");
        return HASH;
    }

    /**
     * F11's edit: appends {@code export function hashWithPepper(password, pepper)} to {@code hash.ts}, large enough
     * (over IX-18's 20-token minimum) to be a chunk of its own; returns the function's name.
     */
    public static String addHashFunction(Path dir) {
        Path file = dir.resolve(HASH);
        try {
            Files.writeString(
                    file, Files.readString(file, StandardCharsets.UTF_8) + HASH_FUNCTION, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot edit fixture file " + file, e);
        }
        return "hashWithPepper";
    }

    /** F9's new file: {@code logout.ts}, whose {@code logout} calls {@code validateToken}; returns its path. */
    public static String addLogout(Path dir) {
        writeFile(dir, LOGOUT, LOGOUT_TEXT);
        return LOGOUT;
    }

    /** F9's deletion of {@code session-store.ts}; returns its path. */
    public static String deleteSessionStore(Path dir) {
        Path file = dir.resolve(SESSION_STORE);
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete fixture file " + file, e);
        }
        return SESSION_STORE;
    }

    /**
     * F9's edits of three test files ({@code login.test.ts}, {@code server_test.go}, {@code test_user_service.py}),
     * each gaining a line; returns their paths.
     */
    public static List<String> editTestFiles(Path dir) {
        replace(
                dir,
                "ts/src/auth/login.test.ts",
                "    expect(validateToken(token)).toBe(true);",
                "    expect(validateToken(token)).toBe(true);\n    expect(validateToken('')).toBe(false);");
        replace(
                dir,
                "go/server_test.go",
                "\tsrv := NewServer(store)",
                "\tstore.AddUser(\"ada\")\n\tsrv := NewServer(store)");
        replace(
                dir,
                "py/tests/test_user_service.py",
                "    service.create_user(\"ada@example.com\")",
                "    service.create_user(\"ada@example.com\")\n    service.create_user(\"bob@example.com\")");
        return List.of("ts/src/auth/login.test.ts", "go/server_test.go", "py/tests/test_user_service.py");
    }

    /**
     * Makes {@code dir} a git repository whose one commit holds every file now in it, so that {@link #gitMoveReport}
     * can run; git's own configuration files are not read. The {@code .git} directory is outside the index (IX-1).
     */
    public static void gitCommitAll(Path dir) {
        git(dir, "init", "-q");
        git(dir, "add", "-A");
        git(dir, "commit", "-q", "-m", "MCP fixture");
    }

    /** F9's rename: {@code git mv} of {@code big.ts} to {@link #MOVED_REPORT}; needs {@link #gitCommitAll} first. */
    public static String gitMoveReport(Path dir) {
        git(dir, "mv", REPORT, MOVED_REPORT);
        return MOVED_REPORT;
    }

    /** Replaces each pair {@code before, after} of {@code pairs}, each found exactly once, in one write. */
    private static void replace(Path dir, String path, String... pairs) {
        Path file = dir.resolve(path);
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            for (int i = 0; i < pairs.length; i += 2) {
                String before = pairs[i];
                int at = text.indexOf(before);
                if (at < 0 || text.indexOf(before, at + 1) >= 0) {
                    throw new IllegalStateException("expected exactly one '" + before + "' in " + file);
                }
                text = text.replace(before, pairs[i + 1]);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot edit fixture file " + file, e);
        }
    }

    private static void writeFile(Path dir, String path, String text) {
        Path file = dir.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write fixture file " + file, e);
        }
    }

    private static void git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of(
                "git",
                "-c",
                "user.name=fixture",
                "-c",
                "user.email=fixture@example.invalid",
                "-c",
                "commit.gpgsign=false",
                "-c",
                "init.defaultBranch=main"));
        command.addAll(List.of(args));
        try {
            Path output = Files.createTempFile("git", ".out");
            try {
                ProcessBuilder builder = new ProcessBuilder(command)
                        .directory(dir.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(output.toFile())
                        .redirectInput(new File("/dev/null"));
                builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
                builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
                Process process = builder.start();
                if (!process.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(
                            command + " in " + dir + " did not finish within " + GIT_TIMEOUT_SECONDS + " s");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(command + " in " + dir + " exited " + process.exitValue() + ": "
                            + Files.readString(output));
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command + " in " + dir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command + " in " + dir, e);
        }
    }
}
