package shaktiman.core.query;

import java.util.Comparator;

/** MCP-4's total tie-break: score descending, then path ascending by code point, then start line. */
final class Ordering {
    private Ordering() {}

    /** Compares strings by code point, not by UTF-16 unit. */
    static final Comparator<String> CODE_POINTS = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    static final Comparator<Unit> UNITS = Comparator.comparingDouble((Unit u) -> -u.score())
            .thenComparing(Unit::path, CODE_POINTS)
            .thenComparingInt(Unit::startLine);
}
