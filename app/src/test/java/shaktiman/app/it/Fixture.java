package shaktiman.app.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import shaktiman.testkit.McpFixture;

/** The project contents a test starts from, written by the harness into the fresh project root. */
enum Fixture {
    /** An empty directory. */
    EMPTY(Map.of()),
    /** A few small source files in two languages. */
    SMALL(Map.of(
            "src/App.java", """
            package app;

            /** Entry point of the fixture application. */
            public class App {
                public static void main(String[] args) {
                    System.out.println(Util.greet("world"));
                }
            }
            """,
            "src/Util.java", """
            package app;

            final class Util {
                static String greet(String name) {
                    return "hello " + name;
                }
            }
            """,
            "lib/util.py", """
            def slugify(text: str) -> str:
                \"\"\"Lower-case text and join its words with dashes.\"\"\"
                return "-".join(text.lower().split())
            """,
            "README.md", """
            # Fixture

            A tiny project for the daemon's integration tests.
            """)),
    /** The acceptance project of mcp-tools.md §6: exactly its 18 files. */
    MCP(McpFixture.files());

    private final Map<String, String> files;

    Fixture(Map<String, String> files) {
        this.files = files;
    }

    /** Writes the fixture's files under {@code root}. */
    void writeInto(Path root) {
        files.forEach((relative, content) -> {
            Path file = root.resolve(relative);
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, content, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write fixture file " + file, e);
            }
        });
    }
}
