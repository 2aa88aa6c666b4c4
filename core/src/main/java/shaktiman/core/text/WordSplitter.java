package shaktiman.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule 2 of MCP-40: splits one word (letters, digits, {@code _} and combining marks) into its parts, in one pass.
 * A combining mark belongs to the character before it and never starts or ends a part.
 */
final class WordSplitter {

    private enum Kind {
        UPPER,
        LOWER,
        UNCASED_LETTER,
        DIGIT,
        UNDERSCORE,
        MARK
    }

    private WordSplitter() {}

    /** The non-empty parts of {@code word}, in order; an all-underscore word has none. */
    static List<String> split(String word) {
        List<String> parts = new ArrayList<>();
        int partStart = -1;
        Kind previous = null; // kind of the last non-mark character of the current part
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            int next = i + Character.charCount(cp);
            Kind kind = kindOf(cp);
            if (kind == Kind.UNDERSCORE) {
                addPart(parts, word, partStart, i);
                partStart = -1;
                previous = null;
            } else if (kind == Kind.MARK) {
                if (partStart < 0) {
                    // A mark right after '_' or at the start has no base letter; it stands in a part of its own.
                    partStart = i;
                    previous = Kind.UNCASED_LETTER;
                }
            } else {
                if (partStart < 0) {
                    partStart = i;
                } else if (startsNewPart(previous, kind, word, next)) {
                    addPart(parts, word, partStart, i);
                    partStart = i;
                }
                previous = kind;
            }
            i = next;
        }
        addPart(parts, word, partStart, word.length());
        return parts;
    }

    private static boolean startsNewPart(Kind previous, Kind current, String word, int afterCurrent) {
        boolean previousDigit = previous == Kind.DIGIT;
        boolean currentDigit = current == Kind.DIGIT;
        if (previousDigit != currentDigit) {
            return true; // letter↔digit
        }
        if (previous == Kind.LOWER && current == Kind.UPPER) {
            return true; // validate|Token
        }
        // HTTP|Server: the last capital of a run starts a new part when lower case follows it.
        return previous == Kind.UPPER && current == Kind.UPPER && nextBaseIsLower(word, afterCurrent);
    }

    /** Whether the first non-mark character at or after {@code from} is lower case; marks belong to the capital. */
    private static boolean nextBaseIsLower(String word, int from) {
        for (int i = from; i < word.length(); ) {
            int cp = word.codePointAt(i);
            Kind kind = kindOf(cp);
            if (kind != Kind.MARK) {
                return kind == Kind.LOWER;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static Kind kindOf(int cp) {
        if (cp == '_') {
            return Kind.UNDERSCORE;
        }
        if (Character.isDigit(cp)) {
            return Kind.DIGIT;
        }
        if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
            return Kind.UPPER;
        }
        if (Character.isLowerCase(cp)) {
            return Kind.LOWER;
        }
        if (Character.isLetter(cp)) {
            return Kind.UNCASED_LETTER;
        }
        return Kind.MARK;
    }

    private static void addPart(List<String> parts, String word, int start, int end) {
        if (start >= 0 && end > start) {
            parts.add(word.substring(start, end));
        }
    }
}
