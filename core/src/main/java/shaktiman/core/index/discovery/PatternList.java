package shaktiman.core.index.discovery;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The compiled lines of one ignore file, read the way git's {@code add_patterns_from_buffer} reads them. */
final class PatternList {

    private static final PatternList EMPTY = new PatternList(new IgnorePattern[0]);

    private final IgnorePattern[] patterns;

    private PatternList(IgnorePattern[] patterns) {
        this.patterns = patterns;
    }

    static PatternList empty() {
        return EMPTY;
    }

    /**
     * Parses {@code content}, the file {@code sourcePath} (relative to the root) of kind {@code source} in directory
     * {@code baseDirectory} (relative to the root, empty for the root): a UTF-8 BOM is skipped, lines starting with
     * {@code #} are comments, a CR before the newline is dropped and trailing spaces are trimmed unless escaped.
     */
    static PatternList parse(byte[] content, String baseDirectory, String sourcePath, IgnoreSource source) {
        byte[] base = baseDirectory.getBytes(StandardCharsets.UTF_8);
        int start = hasBom(content) ? 3 : 0;
        List<IgnorePattern> patterns = new ArrayList<>();
        int lineNumber = 1;
        int entry = start;
        for (int i = start; i <= content.length; i++) {
            boolean endOfLine = i == content.length ? i > entry : content[i] == '\n';
            if (!endOfLine) {
                continue;
            }
            if (i > entry && content[entry] != '#') {
                int end = content[i - 1] == '\r' ? i - 1 : i;
                byte[] line = Arrays.copyOfRange(content, entry, trimTrailingSpaces(content, entry, end));
                Rule.IgnoreLine rule =
                        new Rule.IgnoreLine(sourcePath, lineNumber, new String(line, StandardCharsets.UTF_8));
                patterns.add(IgnorePattern.compile(line, base, rule, source));
            }
            lineNumber++;
            entry = i + 1;
        }
        return patterns.isEmpty() ? EMPTY : new PatternList(patterns.toArray(IgnorePattern[]::new));
    }

    boolean isEmpty() {
        return patterns.length == 0;
    }

    /** The last line that matches the path, or null: within one file the last matching line wins. */
    IgnorePattern lastMatch(byte[] path, int pathLength, int basenameStart, boolean isDirectory) {
        for (int i = patterns.length - 1; i >= 0; i--) {
            if (patterns[i].matches(path, pathLength, basenameStart, isDirectory)) {
                return patterns[i];
            }
        }
        return null;
    }

    private static boolean hasBom(byte[] content) {
        return content.length >= 3
                && content[0] == (byte) 0xEF
                && content[1] == (byte) 0xBB
                && content[2] == (byte) 0xBF;
    }

    /**
     * git's {@code trim_trailing_spaces}: drops the final run of spaces unless a backslash escapes its first space; a
     * line ending in a lone backslash is left as it is.
     */
    private static int trimTrailingSpaces(byte[] content, int from, int to) {
        int lastSpace = -1;
        for (int i = from; i < to; i++) {
            byte b = content[i];
            if (b == ' ') {
                if (lastSpace < 0) {
                    lastSpace = i;
                }
            } else if (b == '\\') {
                i++;
                if (i >= to) {
                    return to;
                }
                lastSpace = -1;
            } else {
                lastSpace = -1;
            }
        }
        return lastSpace < 0 ? to : lastSpace;
    }
}
