package shaktiman.core.index.symbols;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/** Text helpers shared by the extraction steps: whitespace, names and the split of a reference into its segments. */
final class Texts {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NAME = Pattern.compile("[\\p{L}_$@][\\p{L}\\p{N}_$@]*[!?]?");
    private static final Pattern QUALIFIED_NAME = Pattern.compile(
            "(::|\\\\)?[\\p{L}_$@][\\p{L}\\p{N}_$@]*((\\.|::|\\\\|->|\\?\\.)[\\p{L}_$@][\\p{L}\\p{N}_$@]*)*");
    private static final String[] SEPARATORS = {"?.", "::", "->", ".", "\\"};

    private Texts() {}

    /** {@code text} with every whitespace run replaced by one space, and stripped. */
    static String collapse(String text) {
        // Most texts have no run to replace; the regex would return them unchanged, so skip it (extraction hot path).
        return hasWhitespaceToReplace(text)
                ? WHITESPACE.matcher(text).replaceAll(" ").strip()
                : text.strip();
    }

    /** Whether {@code text} holds a {@code \s} character other than a lone space. */
    private static boolean hasWhitespaceToReplace(String text) {
        boolean previousSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (previousSpace) {
                    return true;
                }
                previousSpace = true;
            } else if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return true;
            } else {
                previousSpace = false;
            }
        }
        return false;
    }

    /** Whether {@code text} is one identifier (Ruby's {@code any?} and Rust's {@code write!} included). */
    static boolean isName(String text) {
        return NAME.matcher(text).matches();
    }

    /** Whether {@code text} is identifiers joined by {@code .}, {@code ::}, {@code \}, {@code ->} or {@code ?.}. */
    static boolean isQualifiedName(String text) {
        // Hand-matched, as the extraction asks this of every reference; QUALIFIED_NAME says the same, and tests hold
        // the two equal.
        int i = text.startsWith("::") ? 2 : text.startsWith("\\") ? 1 : 0;
        while (true) {
            if (i >= text.length() || !isNameStart(text.codePointAt(i))) {
                return false;
            }
            i += Character.charCount(text.codePointAt(i));
            while (i < text.length() && isNamePart(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i == text.length()) {
                return true;
            }
            int separator = separatorLength(text, i);
            if (separator == 0) {
                return false;
            }
            i += separator;
        }
    }

    /** The regex form of {@link #isQualifiedName}, kept as its specification for tests. */
    static boolean isQualifiedNameByPattern(String text) {
        return QUALIFIED_NAME.matcher(text).matches();
    }

    private static boolean isNameStart(int codePoint) {
        return Character.isLetter(codePoint) || codePoint == '_' || codePoint == '$' || codePoint == '@';
    }

    private static boolean isNamePart(int codePoint) {
        if (isNameStart(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static int separatorLength(String text, int at) {
        for (String separator : new String[] {"::", "->", "?.", ".", "\\"}) {
            if (text.startsWith(separator, at)) {
                return separator.length();
            }
        }
        return 0;
    }

    /**
     * A declared or container name without decoration: generic arguments, pointer and reference marks, lifetimes and
     * {@code mut}/{@code dyn} dropped ({@code impl<T> Stack<T>} names {@code Stack}, a Go receiver {@code *Server}
     * names {@code Server}).
     */
    static String bareName(String text) {
        String name = collapse(text);
        int cut = name.length();
        for (char stop : new char[] {'<', '[', '(', '{'}) {
            int at = name.indexOf(stop);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        name = name.substring(0, cut).strip();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String prefix : new String[] {"&", "*", "mut ", "dyn ", "'"}) {
                if (name.startsWith(prefix)) {
                    name = prefix.equals("'")
                            ? afterLifetime(name)
                            : name.substring(prefix.length()).strip();
                    changed = true;
                }
            }
        }
        return name;
    }

    private static String afterLifetime(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? "" : name.substring(space + 1).strip();
    }

    /**
     * Splits a reference at its last separator outside brackets: {@code [qualifier, target]}, such as {@code ["self",
     * "save"]}, {@code ["a.b()", "c"]} or {@code ["", "helper"]}.
     */
    static String[] splitLast(String text) {
        int depth = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ')' || c == ']' || c == '>' && (i == 0 || text.charAt(i - 1) != '-')) {
                depth++;
            } else if ((c == '(' || c == '[' || c == '<') && depth > 0) {
                depth--;
            } else if (depth == 0) {
                for (String separator : SEPARATORS) {
                    int start = i - separator.length() + 1;
                    if (start >= 0 && text.startsWith(separator, start)) {
                        return new String[] {text.substring(0, start), text.substring(i + 1)};
                    }
                }
            }
        }
        return new String[] {"", text};
    }

    /** The first segment of a qualifier, such as {@code http} of {@code http} or {@code self} of {@code self.repo}. */
    static String firstSegment(String qualifier) {
        String rest = qualifier;
        while (true) {
            String[] split = splitLast(rest);
            if (split[0].isEmpty()) {
                return split[1];
            }
            rest = split[0];
        }
    }

    /** The segments of a reference's text after its first one, such as {@code [b, c]} for {@code a.b.c}. */
    static List<String> segmentsAfterFirst(String text) {
        Deque<String> segments = new ArrayDeque<>();
        String rest = text;
        while (true) {
            String[] split = splitLast(rest);
            if (split[0].isEmpty()) {
                return List.copyOf(segments);
            }
            segments.addFirst(split[1]);
            rest = split[0];
        }
    }
}
