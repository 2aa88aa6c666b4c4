package shaktiman.core.index;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * MCP-23's test-file classification of a project-relative path: an entry ending in {@code /} matches that run of
 * directories anywhere in the path ({@code src/test/} matches {@code a/src/test/B.java}); any other entry is a glob on
 * the file's name ({@code *Test.java}, {@code *.test.{ts,js}}).
 */
public final class TestFileClassifier implements Predicate<String> {
    private final List<String> directoryRuns = new ArrayList<>();
    private final List<PathMatcher> nameGlobs = new ArrayList<>();

    /** A classifier for {@code patterns} (the {@code test.patterns} list). */
    public TestFileClassifier(List<String> patterns) {
        for (String pattern : Objects.requireNonNull(patterns, "patterns")) {
            if (pattern.endsWith("/")) {
                directoryRuns.add("/" + pattern);
            } else {
                nameGlobs.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
            }
        }
    }

    /** Whether the project-relative, {@code /}-separated {@code path} is a test file. */
    @Override
    public boolean test(String path) {
        String withRoot = "/" + path;
        for (String run : directoryRuns) {
            if (withRoot.contains(run)) {
                return true;
            }
        }
        Path name = Path.of(path).getFileName();
        for (PathMatcher glob : nameGlobs) {
            if (name != null && glob.matches(name)) {
                return true;
            }
        }
        return false;
    }
}
