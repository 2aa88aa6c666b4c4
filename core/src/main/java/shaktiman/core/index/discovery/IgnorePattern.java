package shaktiman.core.index.discovery;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One compiled ignore line, matched as git's {@code dir.c} does: a pattern without a slash matches the basename at any
 * depth, one with a slash matches the path relative to the ignore file's directory, a trailing slash restricts it to
 * directories, and the literal prefix before the first wildcard is compared directly (which, as in git, makes a
 * {@code **} right after that prefix count as leading).
 */
final class IgnorePattern {

    private final byte[] pattern;
    private final int literalPrefix;
    private final boolean negative;
    private final boolean directoryOnly;
    private final boolean basenameOnly;
    private final boolean endsWithLiteral;
    private final byte[] base;
    private final IgnoreMatch match;

    private IgnorePattern(byte[] line, byte[] base, Rule.IgnoreLine rule, IgnoreSource source) {
        int from = 0;
        int length = line.length;
        this.negative = length > 0 && line[0] == '!';
        if (negative) {
            from = 1;
        }
        this.directoryOnly = length > from && line[length - 1] == '/';
        if (directoryOnly) {
            length--;
        }
        this.pattern = Arrays.copyOfRange(line, from, length);
        this.basenameOnly = indexOf(pattern, (byte) '/') < 0;
        this.literalPrefix = Math.min(simpleLength(line, from), pattern.length);
        this.endsWithLiteral =
                pattern.length > 0 && pattern[0] == '*' && simpleLength(pattern, 1) == pattern.length - 1;
        this.base = base;
        this.match = new IgnoreMatch(rule, source, negative);
    }

    /**
     * Compiles {@code line} (comment lines, CR and trailing spaces already removed) of the ignore file in directory
     * {@code base} (UTF-8, no trailing slash, empty for the root).
     */
    static IgnorePattern compile(byte[] line, byte[] base, Rule.IgnoreLine rule, IgnoreSource source) {
        return new IgnorePattern(line, base, rule, source);
    }

    IgnoreMatch match() {
        return match;
    }

    /**
     * Whether this line matches {@code path[0, pathLength)} (relative to the root), whose last component starts at
     * {@code basenameStart}.
     */
    boolean matches(byte[] path, int pathLength, int basenameStart, boolean isDirectory) {
        if (directoryOnly && !isDirectory) {
            return false;
        }
        return basenameOnly ? matchesBasename(path, pathLength, basenameStart) : matchesPathname(path, pathLength);
    }

    private boolean matchesBasename(byte[] path, int pathLength, int basenameStart) {
        int basenameLength = pathLength - basenameStart;
        if (literalPrefix == pattern.length) {
            return pattern.length == basenameLength && regionEquals(pattern, 0, path, basenameStart, basenameLength);
        }
        if (endsWithLiteral) {
            int suffix = pattern.length - 1;
            return suffix <= basenameLength && regionEquals(pattern, 1, path, pathLength - suffix, suffix);
        }
        return Wildmatch.matches(pattern, 0, pattern.length, path, basenameStart, pathLength, false);
    }

    private boolean matchesPathname(byte[] path, int pathLength) {
        int from = 0;
        int prefix = literalPrefix;
        if (pattern.length > 0 && pattern[0] == '/') {
            from = 1;
            prefix--;
        }
        int baseLength = base.length;
        if (pathLength < baseLength + 1
                || (baseLength > 0 && path[baseLength] != '/')
                || !regionEquals(base, 0, path, 0, baseLength)) {
            return false;
        }
        int name = baseLength > 0 ? baseLength + 1 : 0;
        if (prefix > 0) {
            if (prefix > pathLength - name || !regionEquals(pattern, from, path, name, prefix)) {
                return false;
            }
            from += prefix;
            name += prefix;
            if (from == pattern.length && name == pathLength) {
                return true;
            }
        }
        return Wildmatch.matches(pattern, from, pattern.length, path, name, pathLength, true);
    }

    /** git's {@code simple_length}: the number of bytes from {@code from} before the first glob special. */
    private static int simpleLength(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length && !Wildmatch.isGlobSpecial(bytes[i] & 0xff)) {
            i++;
        }
        return i - from;
    }

    private static boolean regionEquals(byte[] a, int aFrom, byte[] b, int bFrom, int length) {
        return Arrays.equals(a, aFrom, aFrom + length, b, bFrom, bFrom + length);
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return match.rule().spec() + " (" + new String(base, StandardCharsets.UTF_8) + ")";
    }
}
