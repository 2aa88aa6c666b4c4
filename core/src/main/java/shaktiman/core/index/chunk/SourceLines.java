package shaktiman.core.index.chunk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The lines of a text as IX-6 defines them: split on {@code \n}, a trailing {@code \r} not part of its line. A text that
 * ends with {@code \n} has no extra empty last line. Line numbers are 1-based.
 */
public final class SourceLines {

    private final String text;
    private final List<String> lines;
    private final int[] startChars;

    private SourceLines(String text, List<String> lines, int[] startChars) {
        this.text = text;
        this.lines = lines;
        this.startChars = startChars;
    }

    /** The lines of {@code text}. */
    public static SourceLines of(String text) {
        Objects.requireNonNull(text, "text");
        List<String> lines = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int newline = text.indexOf('\n', from);
            int end = newline < 0 ? text.length() : newline;
            int contentEnd = end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(text.substring(from, contentEnd));
            starts.add(from);
            from = newline < 0 ? text.length() : newline + 1;
        }
        int[] startChars = new int[starts.size()];
        for (int i = 0; i < startChars.length; i++) {
            startChars[i] = starts.get(i);
        }
        return new SourceLines(text, List.copyOf(lines), startChars);
    }

    /** The text the lines come from. */
    public String text() {
        return text;
    }

    /** The number of lines. */
    public int size() {
        return lines.size();
    }

    /**
     * Line {@code number}, without its line terminator.
     *
     * @throws IndexOutOfBoundsException naming the line and the line count
     */
    public String line(int number) {
        check(number);
        return lines.get(number - 1);
    }

    /** Whether line {@code number} holds only whitespace. */
    public boolean isBlank(int number) {
        return line(number).isBlank();
    }

    /** Whether every line is blank (true for the empty text). */
    public boolean allBlank() {
        return lines.stream().allMatch(String::isBlank);
    }

    /** The char offset in {@link #text()} at which line {@code number} starts. */
    public int startChar(int number) {
        check(number);
        return startChars[number - 1];
    }

    /** Lines {@code first..last} joined by {@code \n}: the verbatim content of a chunk over that range (IX-19). */
    public String join(int first, int last) {
        check(first);
        check(last);
        if (last < first) {
            throw new IllegalArgumentException("line range " + first + ".." + last);
        }
        return String.join("\n", lines.subList(first - 1, last));
    }

    /** The first non-blank line in {@code first..last}, or -1 if there is none. */
    public int firstNonBlank(int first, int last) {
        for (int line = Math.max(first, 1); line <= Math.min(last, size()); line++) {
            if (!isBlank(line)) {
                return line;
            }
        }
        return -1;
    }

    /** The last non-blank line in {@code first..last}, or -1 if there is none. */
    public int lastNonBlank(int first, int last) {
        for (int line = Math.min(last, size()); line >= Math.max(first, 1); line--) {
            if (!isBlank(line)) {
                return line;
            }
        }
        return -1;
    }

    private void check(int number) {
        if (number < 1 || number > lines.size()) {
            throw new IndexOutOfBoundsException("line " + number + " of a text with " + lines.size() + " lines");
        }
    }
}
