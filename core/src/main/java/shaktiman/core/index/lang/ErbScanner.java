package shaktiman.core.index.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the Ruby code inside an ERB template and builds the Ruby view of IX-17: a copy of the template in which every
 * char outside the code ranges is a space (newlines kept) and the char right after each range is {@code ;}, so that a
 * Ruby parse of the view has the template's own lines, columns and char offsets.
 *
 * <p>Code ranges are the insides of {@code <% %>}, {@code <%= %>} and {@code <%- -%>} (the trim markers are not code).
 * {@code <%# %>} comments and {@code <%%} literals are not code. A tag left open at the end of the file runs to the
 * end. {@code %>} inside a Ruby string is not recognised (out of scope by IX-17).
 */
public final class ErbScanner {

    private ErbScanner() {}

    /** A half-open range of char offsets holding Ruby code. */
    public record CodeRange(int start, int end) {
        public CodeRange {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("code range " + start + ".." + end);
            }
        }
    }

    /** The Ruby code ranges of {@code template}, in order. */
    public static List<CodeRange> codeRanges(String template) {
        List<CodeRange> ranges = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = template.indexOf("<%", from);
            if (open < 0) {
                return ranges;
            }
            int codeStart = open + 2;
            char marker = codeStart < template.length() ? template.charAt(codeStart) : 0;
            if (marker == '%') {
                from = codeStart + 1;
                continue;
            }
            if (marker == '=' || marker == '-' || marker == '#') {
                codeStart++;
            }
            int close = template.indexOf("%>", codeStart);
            int closeStart = close < 0 ? template.length() : close;
            int codeEnd = closeStart;
            if (close >= 0 && codeEnd > codeStart && template.charAt(codeEnd - 1) == '-') {
                codeEnd--;
            }
            if (marker != '#') {
                ranges.add(new CodeRange(codeStart, codeEnd));
            }
            if (close < 0) {
                return ranges;
            }
            from = close + 2;
        }
    }

    /** The Ruby view of {@code template}: same length, same newlines, code kept, everything else blank. */
    public static String rubyView(String template) {
        char[] view = new char[template.length()];
        for (int i = 0; i < view.length; i++) {
            view[i] = template.charAt(i) == '\n' ? '\n' : ' ';
        }
        for (CodeRange range : codeRanges(template)) {
            template.getChars(range.start(), range.end(), view, range.start());
            // Ends the Ruby statement, so `<% x %>text<% y %>` cannot fuse into one expression; the char here is
            // the tag's `%` or `-`, never a newline.
            if (range.end() < view.length) {
                view[range.end()] = ';';
            }
        }
        return new String(view);
    }
}
