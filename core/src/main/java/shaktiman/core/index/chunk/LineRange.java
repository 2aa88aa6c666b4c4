package shaktiman.core.index.chunk;

/**
 * An inclusive range of 1-based line numbers.
 *
 * @param first the first line; at least 1
 * @param last the last line; at least {@code first}
 */
public record LineRange(int first, int last) {

    public LineRange {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("line range " + first + ".." + last);
        }
    }

    /** Whether {@code line} lies in this range. */
    public boolean contains(int line) {
        return line >= first && line <= last;
    }

    /** Whether {@code other} lies wholly in this range. */
    public boolean contains(LineRange other) {
        return other.first >= first && other.last <= last;
    }
}
